using CoachBot.Core.People;

namespace CoachBot.Cli;

/// <summary>
/// The chat channels' columns in the people import. The CLI runs without the host's channel code, so it names the account
/// columns of the host's registered channels (each channel's AddChatChannel in src/CoachBot.Host/Channels) here.
/// </summary>
internal static class CliChannels
{
    public static readonly AccountColumn[] AccountColumns = [new("slack_user_id", "slack"), new("teams_user_id", "msteams")];
}

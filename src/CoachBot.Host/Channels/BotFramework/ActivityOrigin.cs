using CoachBot.Core.Coaching;

namespace CoachBot.Host.Channels.BotFramework;

/// <summary>
/// Whether a Bot Framework token vouched for an activity. One that no token vouched for (local mode: Emulator, Agents
/// Playground) is a try-out: whatever channelId and from.id it claims, it lives in a channel of its own and is anonymous,
/// so it can never speak as a real Slack or Teams account, nor read or add to their data.
/// </summary>
internal sealed record ActivityOrigin(bool Authenticated)
{
    public const string LocalChannelId = "local";

    public static readonly ActivityOrigin Vouched = new(true);
    public static readonly ActivityOrigin Local = new(false);

    public string ChannelOf(Activity activity) => Authenticated ? activity.ChannelId! : LocalChannelId;

    public ChatAddress AddressOf(Activity activity) =>
        new(ChannelOf(activity), activity.Conversation!.Id!, activity.From!.Id!) { IsAnonymous = !Authenticated };
}

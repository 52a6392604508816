using CoachBot.Core.Coaching;
using CoachBot.Core.Content;

namespace CoachBot.Host.Channels.BotFramework;

/// <summary>
/// In a Teams channel or group chat, a private reply (a data link, progress, a report) goes to the person's 1:1 chat and the
/// conversation sees only a note; where there is no 1:1 chat to send it to (local mode, Teams refuses), it is refused.
/// </summary>
internal sealed partial class PrivateReplies(TeamsMessageSender teams, ContentPack content, ILogger<PrivateReplies> logger)
{
    public async Task<IReadOnlyList<BotReply>> RouteAsync(Activity activity, ActivityOrigin origin, IReadOnlyList<BotReply> replies, CancellationToken ct)
    {
        if (TeamsScope.IsPersonal(activity) || !replies.Any(r => r.IsPrivate))
        {
            return replies;
        }

        var shown = new List<BotReply>();
        foreach (var reply in replies)
        {
            shown.Add(!reply.IsPrivate ? reply
                : await TrySendDirectlyAsync(activity, origin, reply, ct) ? PrivateReply.SentDirectly(content.Texts.For(reply.Language))
                : PrivateReply.CannotSendDirectly(content.Texts.For(reply.Language)));
        }

        return shown;
    }

    private async Task<bool> TrySendDirectlyAsync(Activity activity, ActivityOrigin origin, BotReply reply, CancellationToken ct)
    {
        if (!origin.Authenticated || activity.ChannelId != teams.ChannelId)
        {
            return false;
        }

        try
        {
            var result = await teams.SendToUserAsync(activity.From!.Id!, reply, ct);
            return result.UnreachableReason is null;
        }
        catch (HttpRequestException e)
        {
            LogNotSent(e.Message);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A private reply could not be sent to the person's Teams 1:1 chat: {Problem}")]
    private partial void LogNotSent(string problem);
}

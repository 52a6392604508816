using CoachBot.Core.Coaching;
using CoachBot.Core.Scheduling;

namespace CoachBot.Host.Channels.Slack;

/// <summary>Scheduled prompts as Slack DMs (chat.postMessage to the person's user id); the profile gives the time zone.</summary>
internal sealed class SlackMessageSender(SlackApiClient api) : IMessageSender
{
    /// <summary>Errors that will not go away by retrying: the person or the DM is gone or closed to the bot.</summary>
    private static readonly HashSet<string> Permanent = new(StringComparer.Ordinal)
    {
        "channel_not_found", "not_in_channel", "user_not_found", "account_inactive", "cannot_dm_bot", "is_archived", "user_disabled", "missing_scope", "not_authed", "invalid_auth",
    };

    public string ChannelId => SlackDispatcher.ChannelId;

    public async Task<SendResult> SendToUserAsync(string userId, BotReply reply, CancellationToken ct)
    {
        try
        {
            var (text, blocks) = SlackBlocks.Render(reply);
            return SendResult.Delivered(await api.PostDirectMessageAsync(userId, text, blocks, ct));
        }
        catch (SlackApiException ex) when (Permanent.Contains(ex.Error))
        {
            return SendResult.Unreachable($"Slack said {ex.Error}");
        }
    }

    public async Task<SendResult> SendToConversationAsync(string conversationId, BotReply reply, CancellationToken ct)
    {
        try
        {
            var (text, blocks) = SlackBlocks.Render(reply);
            await api.PostMessageAsync(conversationId, text, blocks, null, ct);
            return SendResult.Delivered(conversationId);
        }
        catch (SlackApiException ex) when (Permanent.Contains(ex.Error))
        {
            return SendResult.Unreachable($"Slack said {ex.Error}: invite CoachBot to the channel");
        }
    }

    public async Task<string?> TimeZoneOfAsync(string userId, CancellationToken ct)
    {
        try
        {
            return (await api.UserInfoAsync(userId, ct))["tz"]?.GetValue<string>();
        }
        catch (SlackApiException)
        {
            return null;
        }
    }
}

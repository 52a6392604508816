using System.Text.Json.Nodes;
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

    private const string PromptEvent = "coachbot_prompt";

    public string ChannelId => SlackDispatcher.ChannelId;

    public async Task<SendResult> SendToUserAsync(string userId, BotReply reply, CancellationToken ct)
    {
        try
        {
            var (text, blocks) = SlackBlocks.Render(reply);
            return SendResult.Delivered(await api.PostDirectMessageAsync(userId, text, blocks, Metadata(reply.Tag), ct));
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

    public async Task<FoundPrompt?> FindPromptAsync(string userId, Guid deliveryId, DateTimeOffset since, CancellationToken ct)
    {
        var channel = await api.OpenDirectMessageAsync(userId, ct);
        var id = deliveryId.ToString();
        var payload = (await api.HistoryAsync(channel, since, ct))
            .Select(m => m?["metadata"])
            .FirstOrDefault(m => m?["event_type"]?.GetValue<string>() == PromptEvent && m["event_payload"]?["delivery_id"]?.GetValue<string>() == id)?["event_payload"];
        return payload is null ? null : new FoundPrompt(channel, payload["scenario_id"]?.GetValue<string>());
    }

    /// <summary>Slack message metadata naming the delivery, so an interrupted delivery can find its post again.</summary>
    private static JsonObject? Metadata(PromptTag? tag) => tag is null ? null : new JsonObject
    {
        ["event_type"] = PromptEvent,
        ["event_payload"] = new JsonObject { ["delivery_id"] = tag.DeliveryId.ToString(), ["scenario_id"] = tag.ScenarioId },
    };

    /// <summary>conversations.members; a channel Slack will not list to the bot (channel_not_found…) has no members here.</summary>
    public async Task<bool> IsMemberAsync(string conversationId, ChatAddress member, CancellationToken ct)
    {
        try
        {
            return await api.IsMemberAsync(conversationId, member.UserId, ct);
        }
        catch (SlackApiException ex) when (!ex.IsOutage)
        {
            return false;
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

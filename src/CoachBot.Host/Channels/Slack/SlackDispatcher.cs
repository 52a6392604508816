using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CoachBot.Core.Coaching;
using CoachBot.Host.Channels.Delivery;
using CoachBot.Host.Channels.Pipeline;

namespace CoachBot.Host.Channels.Slack;

/// <summary>
/// Slack's events, /coach and interactions translated into Core calls, the same for HTTP and Socket Mode.
/// Conversations are keyed by Slack channel (a DM is a channel) and user.
/// </summary>
internal sealed partial class SlackDispatcher(
    CoachingService coaching,
    SlackApiClient api,
    InboundDedupe dedupe,
    IConversationReferenceStore references,
    ReplyRedelivery redelivery,
    TimeProvider time,
    Core.Content.ContentPack content)
{
    public const string ChannelId = "slack";
    private static readonly TimeSpan CommandBudget = TimeSpan.FromSeconds(2);

    /// <summary>An event_callback envelope, after the acknowledgement. Retries and duplicates run once.</summary>
    public async Task HandleEventAsync(JsonObject envelope, CancellationToken ct)
    {
        if (envelope["event"] is not JsonObject e || envelope["event_id"]?.GetValue<string>() is not { } eventId)
        {
            return;
        }

        var type = Str(e, "type");
        var isDm = type == "message" && Str(e, "channel_type") == "im";
        if ((type != "app_mention" && !isDm) || e["bot_id"] is not null || e["subtype"] is not null
            || Str(e, "user") is not { } user || Str(e, "channel") is not { } channel
            || user == envelope["authorizations"]?[0]?["user_id"]?.GetValue<string>())
        {
            return; // the bot's own posts, edits, joins and other events are not answers
        }

        if (!await dedupe.IsFirstAsync(ChannelId, eventId, ct))
        {
            return;
        }

        await RememberAsync(channel, user, isDm, envelope["team_id"]?.GetValue<string>(), ct);
        var replies = await coaching.HandleAsync(new IncomingMessage(new ChatAddress(ChannelId, channel, user), StripMentions(Str(e, "text"))), ct);
        var thread = isDm ? null : Str(e, "thread_ts") ?? Str(e, "ts");
        await PostAsync(isDm ? replies.Select(r => SlackPost.Of(r, channel)).ToList() : InChannel(replies, channel, thread, user), ct);
    }

    /// <summary>/coach: the acknowledgement body (ephemeral); what takes longer than the budget follows via response_url.</summary>
    public async Task<JsonObject> HandleCommandAsync(IReadOnlyDictionary<string, string> form, ConversationWorkQueue queue, CancellationToken ct)
    {
        var channel = form.GetValueOrDefault("channel_id") ?? "";
        var user = form.GetValueOrDefault("user_id") ?? "";
        var text = form.GetValueOrDefault("text")?.Trim();
        var message = new IncomingMessage(new ChatAddress(ChannelId, channel, user), string.IsNullOrEmpty(text) ? "help" : text);
        var work = coaching.HandleAsync(message, CancellationToken.None);
        if (await Task.WhenAny(work, Task.Delay(CommandBudget, time, ct)) == work)
        {
            var replies = await work;
            FollowUp(replies.Skip(1), form.GetValueOrDefault("response_url"), message.Address, queue);
            return Ephemeral(replies[0]);
        }

        queue.Enqueue(ConversationWorkQueue.OrderKey(channel, user), async token =>
        {
            FollowUp(await work, form.GetValueOrDefault("response_url"), message.Address, queue);
        });
        var language = await coaching.LanguageOfAsync(message.Address, ct);
        return new JsonObject { ["response_type"] = "ephemeral", ["text"] = language.Text("slack.working") };
    }

    /// <summary>block_actions and view_submission: the acknowledgement body (null = empty 200); replies follow after it.</summary>
    public async Task<JsonObject?> HandleInteractionAsync(JsonObject payload, ConversationWorkQueue queue, CancellationToken ct)
    {
        var user = payload["user"]?["id"]?.GetValue<string>() ?? "";
        switch (Str(payload, "type"))
        {
            case "block_actions":
                var action = payload["actions"]?[0]?["value"]?.GetValue<string>() ?? "";
                var channel = payload["channel"]?["id"]?.GetValue<string>() ?? payload["container"]?["channel_id"]?.GetValue<string>() ?? "";
                if (action.Split(':')[0] == SlackBlocks.AnswerAction)
                {
                    var address = new ChatAddress(ChannelId, channel, user);
                    var open = action.Contains(':') ? await coaching.OpenAsync(address, action[(action.IndexOf(':') + 1)..], ct) : null;
                    open ??= (await coaching.HandleAsync(new IncomingMessage(address, null, CoachingActions.Retry), ct))[0];
                    if (open.Scenario is not { } card)
                    {
                        queue.Enqueue(ConversationWorkQueue.OrderKey(channel, user), token => ReplyAsync(channel, user, [open], token));
                        return null;
                    }

                    queue.Enqueue(ConversationWorkQueue.OrderKey(channel, user), token => api.OpenViewAsync(Str(payload, "trigger_id") ?? "",
                        SlackBlocks.AnswerModal(channel, card.CustomerSays, card.Labels.AnswerForm), token));
                    return null;
                }

                var replies = await coaching.HandleAsync(new IncomingMessage(new ChatAddress(ChannelId, channel, user), null, action), ct);
                queue.Enqueue(ConversationWorkQueue.OrderKey(channel, user), token => ReplyAsync(channel, user, replies, token));
                return null;

            case "view_submission" when (payload["view"]?["callback_id"]?.GetValue<string>() == SlackBlocks.AnswerCallbackId):
                var view = payload["view"]!;
                var answer = view["state"]?["values"]?["answer"]?["text"]?["value"]?.GetValue<string>()?.Trim() ?? "";
                if (answer.Length == 0)
                {
                    var t = await coaching.LanguageOfAsync(new ChatAddress(ChannelId, view["private_metadata"]?.GetValue<string>() ?? "", user), ct);
                    return new JsonObject { ["response_action"] = "errors", ["errors"] = new JsonObject { ["answer"] = t.Text("error.empty-answer") } };
                }

                var target = view["private_metadata"]?.GetValue<string>() ?? "";
                var scored = await coaching.HandleAsync(new IncomingMessage(new ChatAddress(ChannelId, target, user), answer), ct);
                queue.Enqueue(ConversationWorkQueue.OrderKey(target, user), token => ReplyAsync(target, user, scored, token));
                return null;

            default:
                return null;
        }
    }

    /// <summary>A private reply (data link, progress, report) goes to the person's DM (a post to their user id); the thread gets a note.</summary>
    private List<SlackPost> InChannel(IReadOnlyList<BotReply> replies, string channel, string? thread, string user) =>
        replies.SelectMany(r => r.IsPrivate
            ? new[] { SlackPost.Of(r, user), SlackPost.Of(PrivateReply.SentDirectly(content.Texts.For(r.Language)), channel, thread) }
            : [SlackPost.Of(r, channel, thread)]).ToList();

    /// <summary>In a DM the bot posts; in a channel only the employee sees their coaching (ephemeral).</summary>
    private Task ReplyAsync(string channel, string user, IReadOnlyList<BotReply> replies, CancellationToken ct) =>
        PostAsync(replies.Select(r => SlackPost.Of(r, channel, ephemeralFor: channel.StartsWith('D') ? null : user)).ToList(), ct);

    /// <summary>
    /// Posts in order. When Slack is down, the post goes to the outbox at once, instead of holding up the lane (and everyone
    /// queued in it) while Slack is waited for; a conversation with posts in the outbox gets its next ones there too, behind them.
    /// </summary>
    private async Task PostAsync(IReadOnlyList<SlackPost> posts, CancellationToken ct)
    {
        foreach (var post in posts)
        {
            if (!await redelivery.IsWaitingAsync(SlackRedeliveryTarget.TargetName, post.Channel, ct))
            {
                try
                {
                    await api.PostAsync(post, once: true, ct);
                    continue;
                }
                catch (Exception e) when (SlackApiClient.IsOutage(e, ct))
                {
                    // kept below
                }
            }

            await redelivery.LaterAsync(SlackRedeliveryTarget.TargetName, post.Channel, [post.ToJson()], ct);
        }
    }

    private void FollowUp(IEnumerable<BotReply> replies, string? responseUrl, ChatAddress address, ConversationWorkQueue queue)
    {
        foreach (var reply in replies)
        {
            if (responseUrl is not null)
            {
                queue.Enqueue(ConversationWorkQueue.OrderKey(address.ConversationId, address.UserId), token => api.RespondAsync(responseUrl, Ephemeral(reply), token));
            }
        }
    }

    private Task RememberAsync(string channel, string user, bool isDm, string? team, CancellationToken ct) =>
        isDm
            ? references.SaveAsync(new ConversationReference(ChannelId, ReferenceScope.User, user, channel, null, team, null, null, null, true, time.GetUtcNow()), ct)
            : references.SaveAsync(new ConversationReference(ChannelId, ReferenceScope.Conversation, channel, channel, null, team, null, null, null, true, time.GetUtcNow()), ct);

    private static JsonObject Ephemeral(BotReply reply)
    {
        var (text, blocks) = SlackBlocks.Render(reply);
        return new JsonObject { ["response_type"] = "ephemeral", ["text"] = text, ["blocks"] = blocks };
    }

    /// <summary>An event's conversation and author: their events are worked on in the order they came.</summary>
    public static string OrderKey(JsonObject envelope) =>
        envelope["event"] is JsonObject e ? ConversationWorkQueue.OrderKey(Str(e, "channel"), Str(e, "user")) : "";

    private static string? Str(JsonNode? node, string name) => node?[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static string? StripMentions(string? text) => text is null ? null : Mention().Replace(text, "").Trim();

    [GeneratedRegex(@"<@[A-Z0-9]+(?:\|[^>]*)?>")]
    private static partial Regex Mention();
}

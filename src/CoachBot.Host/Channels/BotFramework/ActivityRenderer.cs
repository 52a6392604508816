using System.Text.Json.Nodes;
using CoachBot.Core.Coaching;

namespace CoachBot.Host.Channels.BotFramework;

/// <summary>Turns a Core reply into a reply activity addressed back to the sender.</summary>
internal static class ActivityRenderer
{
    public static Activity Render(BotReply reply, Activity incoming)
    {
        var card = AdaptiveCards.Render(reply);
        return new Activity
        {
            Type = ActivityTypes.Message,
            ChannelId = incoming.ChannelId,
            ServiceUrl = incoming.ServiceUrl,
            Conversation = incoming.Conversation,
            From = incoming.Recipient,
            Recipient = incoming.From,
            ReplyToId = incoming.Id,
            Locale = incoming.Locale,
            TextFormat = "plain",
            Text = reply.Text,
            Attachments = card is null ? null : [new Attachment { ContentType = AdaptiveCards.ContentType, Content = card }],
            Value = reply.Scores is { } scores ? ScoresValue(scores) : null,
            SuggestedActions = card is null && reply.Actions.Count > 0
                ? new SuggestedActions { Actions = reply.Actions.Select(a => new CardAction { Title = a.Label, Value = a.Action }).ToList() }
                : null,
        };
    }

    /// <summary>{"scenarioId":"…","scores":{"listen-first":2,"set-expectations":null,…}}: null = not assessed.</summary>
    private static System.Text.Json.JsonElement ScoresValue(ScoreCard card)
    {
        var scores = new JsonObject();
        foreach (var line in card.Lines)
        {
            scores[line.StandardId] = line.Score;
        }

        var value = new JsonObject { ["scenarioId"] = card.ScenarioId, ["scorer"] = card.ScorerName, ["scores"] = scores };
        return System.Text.Json.JsonSerializer.SerializeToElement(value);
    }
}

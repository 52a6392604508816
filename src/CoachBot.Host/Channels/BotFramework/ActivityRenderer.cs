using System.Text.Json.Nodes;
using CoachBot.Core.Coaching;

namespace CoachBot.Host.Channels.BotFramework;

/// <summary>
/// Turns a Core reply into a reply activity addressed back to the sender. A reply with a card carries its
/// plain text only as the card's fallbackText and the activity's summary, so clients do not show it twice.
/// </summary>
internal static partial class ActivityRenderer
{
    public static Activity Render(BotReply reply, Activity incoming)
    {
        var card = AdaptiveCards.Render(reply);
        if (card is not null)
        {
            card["fallbackText"] = reply.Text;
        }

        return new Activity
        {
            Type = ActivityTypes.Message,
            ChannelId = incoming.ChannelId,
            ServiceUrl = incoming.ServiceUrl,
            Conversation = incoming.Conversation,
            From = incoming.Recipient,
            Recipient = incoming.From,
            ReplyToId = incoming.Id,
            Locale = LocaleOf(reply, incoming),
            TextFormat = card is null ? "markdown" : null,
            Text = card is null ? AsMarkdown(reply.Text) : null,
            Summary = card is null ? null : reply.Text.Split('\n', 2)[0],
            Attachments = card is null ? null : [new Attachment { ContentType = AdaptiveCards.ContentType, Content = card }],
            Value = reply.Scores is { } scores ? ScoresValue(scores) : null,
            SuggestedActions = card is null && reply.Actions.Count > 0
                ? new SuggestedActions { Actions = reply.Actions.Select(a => new CardAction { Title = a.Label, Value = a.Action }).ToList() }
                : null,
        };
    }

    /// <summary>The reply's language: the client's own locale when the reply is in its language ("ru-RU"), else the language code.</summary>
    private static string? LocaleOf(BotReply reply, Activity incoming) =>
        reply.Language is not { } language || incoming.Locale?.Split('-', '_')[0].Equals(language, StringComparison.OrdinalIgnoreCase) == true
            ? incoming.Locale
            : language;

    /// <summary>Teams' markdown joins single line breaks; every line of ours is meant to stand on its own.</summary>
    private static string AsMarkdown(string text) => ExtraBlankLines().Replace(text.Replace("\n", "\n\n", StringComparison.Ordinal), "\n\n");

    [System.Text.RegularExpressions.GeneratedRegex("\n{3,}")]
    private static partial System.Text.RegularExpressions.Regex ExtraBlankLines();

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

using System.Text.Json.Nodes;
using CoachBot.Core.Coaching;
using CoachBot.Core.Progress;

namespace CoachBot.Host.Channels.BotFramework;

/// <summary>Renders Core's cards as Adaptive Cards (schema 1.5) with Action.Submit buttons.</summary>
internal static class AdaptiveCards
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>Teams shows at most this many suggested actions (and only in a 1:1 chat); a longer choice becomes a card.</summary>
    public const int MaxSuggestedActions = 6;

    /// <summary>Buttons per row of a choice card, so that no client folds any of them into an overflow menu.</summary>
    private const int ButtonsPerRow = 3;

    public static JsonObject? Render(BotReply reply)
    {
        var body = reply.Scenario is { } s ? ScenarioBody(s)
            : reply.Scores is { } sc ? ScoresBody(sc)
            : reply.Progress is { Attempts: > 0 } p ? ProgressBody(p)
            : reply.Image is { } image ? ImageBody(reply.Text, image)
            : null;
        var actions = reply.Actions;
        if (body is null && actions.Count > MaxSuggestedActions)
        {
            (body, actions) = (ChoiceBody(reply), []);
        }

        if (body is null)
        {
            return null;
        }

        return new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["body"] = body,
            ["actions"] = new JsonArray(actions.Select(Submit).ToArray()),
        };
    }

    /// <summary>A choice among many (an industry to practise): the text, then the buttons in rows.</summary>
    private static JsonArray ChoiceBody(BotReply reply) =>
    [
        .. reply.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => Text(line)),
        .. reply.Actions.Chunk(ButtonsPerRow).Select(row => (JsonNode)new JsonObject
        {
            ["type"] = "ActionSet",
            ["actions"] = new JsonArray(row.Select(Submit).ToArray()),
        }),
    ];

    private static JsonNode Submit(ReplyAction action) => new JsonObject
    {
        ["type"] = "Action.Submit",
        ["title"] = action.Label,
        ["data"] = new JsonObject { ["action"] = action.Action },
    };

    private static JsonArray ImageBody(string text, ReplyImage image) =>
    [
        .. text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => (JsonNode)new JsonObject { ["type"] = "TextBlock", ["text"] = line, ["wrap"] = true }),
        new JsonObject { ["type"] = "Image", ["url"] = image.Url, ["altText"] = image.AltText, ["size"] = "Stretch" },
    ];

    private static JsonArray ScenarioBody(ScenarioCard s) =>
    [
        Text(s.Title, size: "Large", weight: "Bolder"),
        new JsonObject
        {
            ["type"] = "FactSet",
            ["facts"] = new JsonArray(Fact(s.Labels.Industry, s.Industry), Fact(s.Labels.Step, s.Step), Fact(s.Labels.Goal, s.Goal)),
        },
        Text($"“{s.CustomerSays}”"),
        Text(s.Labels.AssessedOn, subtle: true),
        Text(s.Labels.Instruction, weight: "Bolder"),
    ];

    private static JsonArray ScoresBody(ScoreCard card)
    {
        var body = new JsonArray { Text(card.Heading, size: "Large", weight: "Bolder") };
        foreach (var line in card.Lines)
        {
            body.Add(new JsonObject
            {
                ["type"] = "ColumnSet",
                ["separator"] = true,
                ["columns"] = new JsonArray(
                    Column(Text(line.StandardName, weight: "Bolder"), "stretch"),
                    Column(Text(line.ScoreText, weight: "Bolder"), "auto")),
            });
            if (line.Score is null)
            {
                continue;
            }

            if (line.EvidenceText is { } said)
            {
                body.Add(Text(said, subtle: true));
            }

            if (line.TipText is { } tip)
            {
                body.Add(Text(tip));
            }
        }

        return body;
    }

    private static JsonArray ProgressBody(ProgressCard p)
    {
        var labels = p.Labels ?? new ProgressLabels("", "", new Dictionary<string, string>());
        var facts = new JsonArray(p.Standards.Select(s => (JsonNode)Fact(s.StandardName, labels.Lines.GetValueOrDefault(s.StandardId) ?? "")).ToArray());
        return
        [
            Text(labels.Heading, size: "Large", weight: "Bolder"),
            Text(labels.Summary, subtle: true),
            new JsonObject { ["type"] = "FactSet", ["facts"] = facts },
        ];
    }

    private static JsonObject Column(JsonObject item, string width) =>
        new() { ["type"] = "Column", ["width"] = width, ["items"] = new JsonArray(item) };

    private static JsonObject Fact(string title, string value) => new() { ["title"] = title, ["value"] = value };

    private static JsonObject Text(string text, string? size = null, string? weight = null, bool subtle = false)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        if (size is not null)
        {
            block["size"] = size;
        }

        if (weight is not null)
        {
            block["weight"] = weight;
        }

        if (subtle)
        {
            block["isSubtle"] = true;
        }

        return block;
    }
}

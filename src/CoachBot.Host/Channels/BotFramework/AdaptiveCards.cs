using System.Globalization;
using System.Text.Json.Nodes;
using CoachBot.Core.Coaching;
using CoachBot.Core.Progress;

namespace CoachBot.Host.Channels.BotFramework;

/// <summary>Renders Core's cards as Adaptive Cards (schema 1.5) with Action.Submit buttons.</summary>
internal static class AdaptiveCards
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    public static JsonObject? Render(BotReply reply)
    {
        var body = reply.Scenario is { } s ? ScenarioBody(s)
            : reply.Scores is { } sc ? ScoresBody(sc)
            : reply.Progress is { Attempts: > 0 } p ? ProgressBody(p)
            : reply.Image is { } image ? ImageBody(reply.Text, image)
            : null;
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
            ["actions"] = new JsonArray(reply.Actions.Select(a => (JsonNode)new JsonObject
            {
                ["type"] = "Action.Submit",
                ["title"] = a.Label,
                ["data"] = new JsonObject { ["action"] = a.Action },
            }).ToArray()),
        };
    }

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
            ["facts"] = new JsonArray(Fact("Industry", s.Industry), Fact("Step", s.Step), Fact("Customer's goal", s.Goal)),
        },
        Text($"“{s.CustomerSays}”"),
        Text($"Assessed on: {string.Join(", ", s.Standards)}", subtle: true),
        Text("Type what you would say to the customer.", weight: "Bolder"),
    ];

    private static JsonArray ScoresBody(ScoreCard card)
    {
        var body = new JsonArray { Text("Your scores (0-3)", size: "Large", weight: "Bolder") };
        foreach (var line in card.Lines)
        {
            body.Add(new JsonObject
            {
                ["type"] = "ColumnSet",
                ["separator"] = true,
                ["columns"] = new JsonArray(
                    Column(Text(line.StandardName, weight: "Bolder"), "stretch"),
                    Column(Text(line.Score is int n ? $"{n}/3" : "n/a", weight: "Bolder"), "auto")),
            });
            if (line.Score is null)
            {
                continue;
            }

            if (line.Evidence.Count > 0)
            {
                body.Add(Text("You said: " + string.Join(" … ", line.Evidence.Select(e => $"“{e}”")), subtle: true));
            }

            if (line.Tip is not null)
            {
                body.Add(Text("Tip: " + line.Tip));
            }
        }

        return body;
    }

    private static JsonArray ProgressBody(ProgressCard p)
    {
        var facts = new JsonArray(p.Standards.Select(s => (JsonNode)Fact(
            s.StandardName,
            s.Average is double a ? $"{a.ToString("0.0", CultureInfo.InvariantCulture)} avg · {s.Attempts} · {s.Trend.Describe()}" : "not practised yet")).ToArray());
        return
        [
            Text("Your progress", size: "Large", weight: "Bolder"),
            Text(p.Summary, subtle: true),
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

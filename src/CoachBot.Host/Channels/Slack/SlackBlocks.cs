using System.Text.Json.Nodes;
using CoachBot.Core.Coaching;
using CoachBot.Core.Progress;

namespace CoachBot.Host.Channels.Slack;

/// <summary>Core replies as Block Kit (within Slack's limits), always with the plain text, escaped, as the notification fallback.</summary>
internal static class SlackBlocks
{
    public const string ActionPrefix = "coach:";
    public const string AnswerAction = "answer";
    public const string AnswerCallbackId = "coach_answer";
    private const int MaxSectionText = 3000;
    private const int MaxBlocks = 50;

    public static (string Text, JsonArray Blocks) Render(BotReply reply)
    {
        var blocks = reply.Scenario is { } s ? Scenario(s)
            : reply.Scores is { } sc ? Scores(sc)
            : reply.Progress is { Attempts: > 0 } p ? Progress(p)
            : Plain(reply.Text);
        // Slack fetches the image itself and refuses the whole message if it cannot: only a public https address will do.
        if (reply.Image is { } image && image.Url.StartsWith("https://", StringComparison.Ordinal))
        {
            blocks.Add(new JsonObject { ["type"] = "image", ["image_url"] = image.Url, ["alt_text"] = Truncate(image.AltText, 2000) });
        }

        var buttons = reply.Actions.ToList();
        if (reply.Scenario is { } scenario)
        {
            // The scenario id rides along, so a prompt posted in a channel can be answered by anyone in it.
            buttons.Insert(0, new ReplyAction(scenario.Labels.AnswerForm.OpenButton, AnswerAction + ":" + scenario.ScenarioId));
        }

        if (buttons.Count > 0)
        {
            blocks.Add(new JsonObject
            {
                ["type"] = "actions",
                ["elements"] = new JsonArray(buttons.Take(25).Select(Button).ToArray()),
            });
        }

        while (blocks.Count > MaxBlocks)
        {
            blocks.RemoveAt(MaxBlocks - 2);
        }

        // The fallback text is mrkdwn too (notifications, clients without blocks): escaped, so "<!channel>" stays words.
        return (Truncate(Escape(reply.Text), 3000), blocks);
    }

    /// <summary>The modal an employee types an answer in, from the scenario's Answer button.</summary>
    public static JsonObject AnswerModal(string channel, string customerSays, AnswerFormLabels labels) => new()
    {
        ["type"] = "modal",
        ["callback_id"] = AnswerCallbackId,
        ["private_metadata"] = channel,
        ["title"] = Plain(labels.Title, 24),
        ["submit"] = Plain(labels.Submit, 24),
        ["close"] = Plain(labels.Cancel, 24),
        ["blocks"] = new JsonArray(
            Section($"{Escape(labels.CustomerSays)}\n>{Escape(customerSays)}"),
            new JsonObject
            {
                ["type"] = "input",
                ["block_id"] = "answer",
                ["label"] = Plain(labels.Field, 2000),
                ["element"] = new JsonObject
                {
                    ["type"] = "plain_text_input",
                    ["action_id"] = "text",
                    ["multiline"] = true,
                    ["max_length"] = CoachingLimits.MaxAnswerLength,
                },
            }),
    };

    private static JsonArray Scenario(ScenarioCard s) =>
    [
        Header(s.Title),
        Section($"*{Escape(s.Labels.Industry)}:* {Escape(s.Industry)}  ·  *{Escape(s.Labels.Step)}:* {Escape(s.Step)}\n*{Escape(s.Labels.Goal)}:* {Escape(s.Goal)}"),
        Section($">{Escape(s.CustomerSays)}"),
        Context($"{Escape(s.Labels.AssessedOn)} {Escape(s.Labels.Instruction)}"),
    ];

    private static JsonArray Scores(ScoreCard card)
    {
        var blocks = new JsonArray { Header(card.Heading) };
        foreach (var line in card.Lines)
        {
            var text = $"*{Escape(line.StandardName)}*: *{Escape(line.ScoreText)}*";
            if (line.EvidenceText is { } said)
            {
                text += "\n" + Escape(said);
            }

            if (line.TipText is { } tip)
            {
                text += "\n" + Escape(tip);
            }

            blocks.Add(Section(text));
        }

        blocks.Add(Context(Escape(card.ScoredBy)));
        return blocks;
    }

    private static JsonArray Progress(ProgressCard p)
    {
        var labels = p.Labels ?? new ProgressLabels("", "", new Dictionary<string, string>());
        var blocks = new JsonArray { Header(labels.Heading), Context(Escape(labels.Summary)) };
        foreach (var s in p.Standards)
        {
            blocks.Add(Section($"*{Escape(s.StandardName)}*: {Escape(labels.Lines.GetValueOrDefault(s.StandardId) ?? "")}"));
        }

        return blocks;
    }

    private static JsonArray Plain(string text)
    {
        var blocks = new JsonArray();
        for (var i = 0; i < text.Length && blocks.Count < 10; i += MaxSectionText)
        {
            blocks.Add(Section(Escape(text.Substring(i, Math.Min(MaxSectionText, text.Length - i)))));
        }

        return blocks;
    }

    private static JsonObject Button(ReplyAction action) => new()
    {
        ["type"] = "button",
        ["text"] = Plain(action.Label, 75),
        ["action_id"] = ActionPrefix + action.Action.Split(':')[0],
        ["value"] = action.Action,
    };

    private static JsonObject Header(string text) => new() { ["type"] = "header", ["text"] = Plain(text, 150) };

    private static JsonObject Section(string mrkdwn) =>
        new() { ["type"] = "section", ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = Truncate(mrkdwn, MaxSectionText) } };

    private static JsonObject Context(string mrkdwn) =>
        new() { ["type"] = "context", ["elements"] = new JsonArray(new JsonObject { ["type"] = "mrkdwn", ["text"] = Truncate(mrkdwn, MaxSectionText) }) };

    private static JsonObject Plain(string text, int max) => new() { ["type"] = "plain_text", ["text"] = Truncate(text, max) };

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    /// <summary>Slack's mrkdwn control characters, so an employee's words cannot become links or mentions.</summary>
    private static string Escape(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}

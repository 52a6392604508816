namespace CoachBot.Core.Coaching;

/// <summary>
/// One channel-neutral reply. <see cref="Text"/> is always a complete plain-text rendering; the cards
/// are there for channels that can show more.
/// </summary>
public sealed record BotReply(string Text)
{
    public ScenarioCard? Scenario { get; init; }

    public ScoreCard? Scores { get; init; }

    public Progress.ProgressCard? Progress { get; init; }

    public IReadOnlyList<ReplyAction> Actions { get; init; } = [];

    /// <summary>A picture that says it better than the text, e.g. a chart; channels that cannot show it still have the text.</summary>
    public ReplyImage? Image { get; init; }

    /// <summary>A machine-readable tag a channel may attach to the post (Slack message metadata), e.g. a prompt's delivery id and scenario.</summary>
    public PromptTag? Tag { get; init; }

    /// <summary>
    /// Personal or team data (a data link, progress, a team or company report): a channel shows it only to the person who
    /// asked, never in a shared conversation. See <see cref="PrivateReply"/> for what the shared conversation sees instead.
    /// </summary>
    public bool IsPrivate { get; init; }

    /// <summary>The language the reply is written in (<c>en</c>, <c>ru</c>, <c>mn</c>); null when it is in several.</summary>
    public string? Language { get; init; }
}

public sealed record ReplyImage(string Url, string AltText);

public sealed record PromptTag(Guid DeliveryId, string ScenarioId);

/// <summary>A scenario as a card, every word in the person's language: channels render it and write no text of their own.</summary>
public sealed record ScenarioCard(string ScenarioId, string Title, string Industry, string Step, string Goal, string CustomerSays, IReadOnlyList<string> Standards)
{
    public required ScenarioLabels Labels { get; init; }
}

/// <summary>The card's headings, the "assessed on" line, the instruction, and the answer form of channels that have one.</summary>
public sealed record ScenarioLabels(string Industry, string Step, string Goal, string AssessedOn, string Instruction, AnswerFormLabels AnswerForm);

/// <summary>A form to type an answer in (Slack's modal): its button, title, submit and cancel, the customer's line heading and the field's label.</summary>
public sealed record AnswerFormLabels(string OpenButton, string Title, string Submit, string Cancel, string CustomerSays, string Field);

public sealed record ScoreCard(string ScenarioId, string ScorerName, IReadOnlyList<ScoreLine> Lines)
{
    /// <summary>The card's heading ("Your scores (0-3)").</summary>
    public string Heading { get; init; } = "";

    /// <summary>Which scorer scored, as a line to show.</summary>
    public string ScoredBy { get; init; } = "";

    /// <summary>What 0, 1, 2 and 3 mean, as a line to show under the scores.</summary>
    public string Scale { get; init; } = "";
}

/// <summary>
/// One standard's score, with its display lines in the person's language: the score ("2/3", "n/a"), the quoted
/// evidence ("You said: …") and the tip ("Tip: …"); a line is null when there is nothing to show.
/// </summary>
public sealed record ScoreLine(string StandardId, string StandardName, int? Score, IReadOnlyList<string> Evidence, string? Missing, string? Tip)
{
    public string ScoreText { get; init; } = "";

    public string? EvidenceText { get; init; }

    public string? TipText { get; init; }

    /// <summary>What the answer lacked for a higher score ("Missing: …"), as the plain-text reply says it.</summary>
    public string? MissingText { get; init; }
}

public sealed record ReplyAction(string Label, string Action);

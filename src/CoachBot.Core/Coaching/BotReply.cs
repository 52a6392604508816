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
}

public sealed record ReplyImage(string Url, string AltText);

public sealed record PromptTag(Guid DeliveryId, string ScenarioId);

public sealed record ScenarioCard(string ScenarioId, string Title, string Industry, string Step, string Goal, string CustomerSays, IReadOnlyList<string> Standards);

public sealed record ScoreCard(string ScenarioId, string ScorerName, IReadOnlyList<ScoreLine> Lines);

public sealed record ScoreLine(string StandardId, string StandardName, int? Score, IReadOnlyList<string> Evidence, string? Missing, string? Tip);

public sealed record ReplyAction(string Label, string Action);

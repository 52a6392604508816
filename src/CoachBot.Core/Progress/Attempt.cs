using CoachBot.Core.Coaching;
using CoachBot.Core.Scoring;

namespace CoachBot.Core.Progress;

/// <summary>One scored answer, as stored.</summary>
public sealed record Attempt(
    Guid Id,
    ChatAddress Address,
    string ScenarioId,
    string Answer,
    string ScorerName,
    DateTimeOffset CreatedAt,
    IReadOnlyList<StandardScore> Scores)
{
    /// <summary>The version of a scenario written in the dashboard that was answered; null for a scenario from <c>prompts/</c>.</summary>
    public int? ScenarioVersion { get; init; }
}

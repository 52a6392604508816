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
    IReadOnlyList<StandardScore> Scores);

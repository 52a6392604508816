using System.Text.Json;
using CoachBot.Core.Coaching;
using CoachBot.Core.Progress;
using CoachBot.Core.Scoring;

namespace CoachBot.Storage;

internal sealed class AttemptRow
{
    public Guid Id { get; set; }
    public required string ChannelId { get; set; }
    public required string ConversationId { get; set; }
    public required string UserId { get; set; }
    public required string ScenarioId { get; set; }
    public required string Answer { get; set; }
    public required string ScorerName { get; set; }
    public DateTime CreatedAtUtc { get; set; }

    /// <summary>Days since 1970-01-01 (UTC) of <see cref="CreatedAtUtc"/>: reports group and filter on it in plain SQL on SQLite and PostgreSQL alike.</summary>
    public int Day { get; set; }

    /// <summary>The published version of a scenario written in the dashboard that was answered; null for a file's scenario.</summary>
    public int? ScenarioVersion { get; set; }
    public List<AttemptScoreRow> Scores { get; set; } = [];

    /// <summary>The stored attempt as the domain reads it, its scores in standard order.</summary>
    public Attempt ToAttempt() => new(
        Id,
        new ChatAddress(ChannelId, ConversationId, UserId),
        ScenarioId,
        Answer,
        ScorerName,
        new DateTimeOffset(DateTime.SpecifyKind(CreatedAtUtc, DateTimeKind.Utc)),
        Scores.OrderBy(s => s.StandardId, StringComparer.Ordinal)
            .Select(s => new StandardScore(s.StandardId, s.Score, JsonSerializer.Deserialize<List<string>>(s.EvidenceJson) ?? [], s.Missing, s.Tip))
            .ToList())
    {
        ScenarioVersion = ScenarioVersion,
    };
}

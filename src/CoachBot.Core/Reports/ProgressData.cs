namespace CoachBot.Core.Reports;

/// <summary>
/// Aggregates as the database computes them. A key is a person id, or "channel:user" for a chat account
/// that is not in the directory.
/// </summary>
public sealed record ProgressData(
    IReadOnlyList<WeeklyScores> Weekly,
    IReadOnlyList<LatestScore> Latest,
    IReadOnlyList<PracticeActivity> Activity);

/// <summary>Scores of one key on one standard in one week, counted back from the range's last day (0 = its last 7 days).</summary>
public sealed record WeeklyScores(string Key, string StandardId, int WeeksBack, int Count, int Sum);

public sealed record LatestScore(string Key, string StandardId, int Score);

/// <summary>Attempts and practice days in the range; the streak runs up to the report's "as of" day (or the day before it).</summary>
public sealed record PracticeActivity(string Key, int Attempts, int PracticeDays, DateOnly? LastPractised, int Streak, int NudgesSent, int NudgesAnswered);

public interface IProgressReadModel
{
    /// <summary>
    /// Everything a report needs for the given keys (null: everyone), for whole weeks: <paramref name="from"/> is a Monday and
    /// <paramref name="to"/> a Sunday. Streaks run up to <paramref name="asOf"/>.
    /// </summary>
    Task<ProgressData> ReadAsync(DateOnly from, DateOnly to, DateOnly asOf, IReadOnlyCollection<string>? keys, CancellationToken cancellationToken);
}

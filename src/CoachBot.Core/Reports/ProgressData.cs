namespace CoachBot.Core.Reports;

/// <summary>
/// Aggregates as the database computes them. A key is a person id, or "channel:user" for a chat account
/// that is not in the directory.
/// </summary>
public sealed record ProgressData(
    IReadOnlyList<ScoreTotals> Totals,
    IReadOnlyList<WeeklyScores> Recent,
    IReadOnlyList<ChartScores> Chart,
    IReadOnlyList<LatestScore> Latest,
    IReadOnlyList<PracticeActivity> Activity);

/// <summary>Scores of one key on one standard over the whole range.</summary>
public sealed record ScoreTotals(string Key, string StandardId, int Count, int Sum);

/// <summary>Scores of one key on one standard in one of the range's last four weeks (0 = its last week).</summary>
public sealed record WeeklyScores(string Key, string StandardId, int WeeksBack, int Count, int Sum);

/// <summary>Scores of everyone asked for, on one standard in one week of the range.</summary>
public sealed record ChartScores(string StandardId, int WeeksBack, int Count, int Sum);

public sealed record LatestScore(string Key, string StandardId, int Score);

/// <summary>Attempts and practice days in the range; the streak runs up to the report's "as of" day (or the day before it).</summary>
public sealed record PracticeActivity(string Key, int Attempts, int PracticeDays, DateOnly? LastPractised, int Streak, int NudgesSent, int NudgesAnswered);

public interface IProgressReadModel
{
    /// <summary>
    /// Everything a report needs for the given keys (null: everyone), for whole weeks: <paramref name="from"/> is a Monday and
    /// <paramref name="to"/> a Sunday. Streaks run up to <paramref name="asOf"/>.
    /// </summary>
    Task<ProgressData> ReadAsync(DateOnly from, DateOnly to, DateOnly asOf, ProgressKeys keys, CancellationToken cancellationToken);
}

/// <summary>Whose practice to read: everyone (no keys), or the given keys, and with <paramref name="AndUnlinked"/> also every chat account that is not in the directory.</summary>
public sealed record ProgressKeys(IReadOnlyCollection<string>? Keys, bool AndUnlinked = false)
{
    public static readonly ProgressKeys Everyone = new(Keys: null);
}

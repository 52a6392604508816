using CoachBot.Core.Reports;
using Microsoft.EntityFrameworkCore;

namespace CoachBot.Storage;

/// <summary>
/// The report aggregates in plain SQL that SQLite and PostgreSQL both run: the database groups the scores,
/// and only per-person, per-standard, per-week rows come back.
/// </summary>
internal sealed class EfProgressReadModel(IDbContextFactory<CoachBotDbContext> contexts) : IProgressReadModel
{
    private const string Key = "COALESCE(pa.\"PersonId\", a.\"ChannelId\" || ':' || a.\"UserId\")";
    private const string Accounts = "attempts a LEFT JOIN person_accounts pa ON pa.\"ChannelId\" = a.\"ChannelId\" AND pa.\"UserId\" = a.\"UserId\"";
    private const int StreakLookbackDays = 366;

    public async Task<ProgressData> ReadAsync(DateOnly from, DateOnly to, IReadOnlyCollection<string>? keys, CancellationToken cancellationToken)
    {
        var first = DayNumber.Of(from);
        var last = DayNumber.Of(to);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        // {0} first day, {1} last day, {2}.. the keys.
        var parameters = new List<object> { first, last };
        var keyFilter = "";
        if (keys is not null)
        {
            keyFilter = keys.Count == 0 ? " AND 1 = 0" : $" AND {Key} IN ({string.Join(", ", keys.Select((_, i) => $"{{{i + 2}}}"))})";
            parameters.AddRange(keys);
        }

        var args = parameters.ToArray();
        var weekly = await QueryAsync<WeeklyRow>(db, $"""
            SELECT k."Key", k."StandardId", ({"{1}"} - k."Day") / 7 AS "WeeksBack", COUNT(*) AS "Count", SUM(k."Score") AS "Sum"
            FROM (SELECT {Key} AS "Key", a."Day", s."StandardId", s."Score"
                  FROM {Accounts} JOIN attempt_scores s ON s."AttemptId" = a."Id"
                  WHERE s."Score" IS NOT NULL AND a."Day" BETWEEN {"{0}"} AND {"{1}"}{keyFilter}) k
            GROUP BY k."Key", k."StandardId", ({"{1}"} - k."Day") / 7
            """, args, cancellationToken);

        var latest = await QueryAsync<LatestRow>(db, $"""
            SELECT r."Key", r."StandardId", r."Score"
            FROM (SELECT {Key} AS "Key", s."StandardId", s."Score",
                         ROW_NUMBER() OVER (PARTITION BY {Key}, s."StandardId" ORDER BY a."CreatedAtUtc" DESC, a."Id" DESC) AS "Rank"
                  FROM {Accounts} JOIN attempt_scores s ON s."AttemptId" = a."Id"
                  WHERE s."Score" IS NOT NULL AND a."Day" BETWEEN {"{0}"} AND {"{1}"}{keyFilter}) r
            WHERE r."Rank" = 1
            """, args, cancellationToken);

        var activity = await QueryAsync<ActivityRow>(db, $"""
            SELECT d."Key", SUM(d."Attempts") AS "Attempts", COUNT(*) AS "PracticeDays", MAX(d."Day") AS "LastDay"
            FROM (SELECT {Key} AS "Key", a."Day", COUNT(*) AS "Attempts"
                  FROM {Accounts}
                  WHERE a."Day" BETWEEN {"{0}"} AND {"{1}"}{keyFilter}
                  GROUP BY {Key}, a."Day") d
            GROUP BY d."Key"
            """, args, cancellationToken);

        // Gaps and islands: consecutive days share (day - row number); the streak is the island that reaches the last day or the day before.
        var streakArgs = args.ToArray();
        streakArgs[0] = last - StreakLookbackDays;
        var streaks = await QueryAsync<StreakRow>(db, $"""
            SELECT i."Key", COUNT(*) AS "Streak"
            FROM (SELECT d."Key", d."Day", d."Day" - ROW_NUMBER() OVER (PARTITION BY d."Key" ORDER BY d."Day") AS "Island"
                  FROM (SELECT DISTINCT {Key} AS "Key", a."Day" FROM {Accounts}
                        WHERE a."Day" BETWEEN {"{0}"} AND {"{1}"}{keyFilter}) d) i
            GROUP BY i."Key", i."Island"
            HAVING MAX(i."Day") >= {"{1}"} - 1
            """, streakArgs, cancellationToken);

        var nudges = await QueryAsync<NudgeRow>(db, $"""
            SELECT n."Key", COUNT(*) AS "Sent", SUM(n."Answered") AS "Answered"
            FROM (SELECT COALESCE(pa."PersonId", s."ChannelId" || ':' || d."UserId") AS "Key",
                         CASE WHEN EXISTS (SELECT 1 FROM attempts a WHERE a."ChannelId" = s."ChannelId" AND a."UserId" = d."UserId"
                                           AND a."ScenarioId" = d."ScenarioId" AND a."CreatedAtUtc" >= d."ClaimedAtUtc") THEN 1 ELSE 0 END AS "Answered"
                  FROM nudge_deliveries d JOIN nudge_schedules s ON s."Id" = d."ScheduleId"
                  LEFT JOIN person_accounts pa ON pa."ChannelId" = s."ChannelId" AND pa."UserId" = d."UserId"
                  WHERE d."Status" = 'Sent' AND d."ClaimedAtUtc" >= {"{0}"} AND d."ClaimedAtUtc" < {"{1}"}) n
            WHERE 1 = 1{keyFilter.Replace(Key, "n.\"Key\"", StringComparison.Ordinal)}
            GROUP BY n."Key"
            """, NudgeArgs(args, from, to), cancellationToken);

        var streakOf = streaks.ToDictionary(s => s.Key, s => (int)s.Streak, StringComparer.Ordinal);
        var nudgesOf = nudges.ToDictionary(n => n.Key, StringComparer.Ordinal);
        var practised = activity.Select(a => a.Key).ToHashSet(StringComparer.Ordinal);
        var activities = activity.Select(a => new PracticeActivity(
                a.Key, (int)a.Attempts, (int)a.PracticeDays, DayNumber.ToDate(a.LastDay), streakOf.GetValueOrDefault(a.Key),
                (int)(nudgesOf.GetValueOrDefault(a.Key)?.Sent ?? 0), (int)(nudgesOf.GetValueOrDefault(a.Key)?.Answered ?? 0)))
            .Concat(nudges.Where(n => !practised.Contains(n.Key))
                .Select(n => new PracticeActivity(n.Key, 0, 0, null, 0, (int)n.Sent, (int)n.Answered)))
            .ToList();
        return new ProgressData(
            weekly.Select(w => new WeeklyScores(w.Key, w.StandardId, (int)w.WeeksBack, (int)w.Count, (int)w.Sum)).ToList(),
            latest.Select(l => new LatestScore(l.Key, l.StandardId, (int)l.Score)).ToList(),
            activities);
    }

    /// <summary>Only constant SQL and "{n}" placeholders are interpolated into <paramref name="sql"/>; every value travels as a parameter.</summary>
    private static Task<List<T>> QueryAsync<T>(CoachBotDbContext db, string sql, object[] args, CancellationToken ct) =>
        db.Database.SqlQueryRaw<T>(sql, args).ToListAsync(ct);

    private static object[] NudgeArgs(object[] args, DateOnly from, DateOnly to)
    {
        var copy = args.ToArray();
        copy[0] = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        copy[1] = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        return copy;
    }

    private sealed record WeeklyRow(string Key, string StandardId, long WeeksBack, long Count, long Sum);

    private sealed record LatestRow(string Key, string StandardId, long Score);

    private sealed record ActivityRow(string Key, long Attempts, long PracticeDays, long LastDay);

    private sealed record StreakRow(string Key, long Streak);

    private sealed record NudgeRow(string Key, long Sent, long Answered);
}

namespace CoachBot.Storage;

/// <summary>
/// Fills practice_weeks and score_weeks, and marks answered prompts, from what was stored before the rollups existed.
/// The SQL is shared by both providers' migrations; only turning a timestamp into a day number differs.
/// </summary>
public static class RollupBackfill
{
    public const string SqliteDayOf = "CAST(julianday({0}) - 2440587.5 AS INTEGER)";
    public const string PostgresDayOf = "CAST(FLOOR(EXTRACT(EPOCH FROM {0}) / 86400) AS integer)";

    public static IEnumerable<string> Statements(string dayOf)
    {
        const string Week = "(\"Day\" - ((\"Day\" + 3) % 7))";
        yield return $"""
            INSERT INTO practice_weeks ("ChannelId", "UserId", "Week", "Attempts", "DaysMask", "NudgesSent", "NudgesAnswered")
            SELECT "ChannelId", "UserId", {Week}, COUNT(*), SUM(DISTINCT 1 << (("Day" + 3) % 7)), 0, 0
            FROM attempts GROUP BY "ChannelId", "UserId", {Week}
            """;
        yield return """
            WITH x AS (SELECT a."ChannelId" AS c, a."UserId" AS u, s."StandardId" AS st, a."Day" - ((a."Day" + 3) % 7) AS w, s."Score" AS sc, a."CreatedAtUtc" AS t
                       FROM attempts a JOIN attempt_scores s ON s."AttemptId" = a."Id" WHERE s."Score" IS NOT NULL),
                 r AS (SELECT c, u, st, w, sc, t, ROW_NUMBER() OVER (PARTITION BY c, u, st, w ORDER BY t DESC) AS rn FROM x)
            INSERT INTO score_weeks ("ChannelId", "UserId", "StandardId", "Week", "Count", "Sum", "LatestScore", "LatestAtUtc")
            SELECT c, u, st, w, COUNT(*), SUM(sc), MAX(CASE WHEN rn = 1 THEN sc END), MAX(t) FROM r GROUP BY c, u, st, w
            """;
        yield return """
            UPDATE nudge_deliveries SET "AnsweredAtUtc" = (
                SELECT MIN(a."CreatedAtUtc") FROM attempts a JOIN nudge_schedules s ON s."Id" = nudge_deliveries."ScheduleId"
                WHERE a."ChannelId" = s."ChannelId" AND a."UserId" = nudge_deliveries."UserId" AND a."ScenarioId" = nudge_deliveries."ScenarioId"
                  AND a."CreatedAtUtc" >= nudge_deliveries."ClaimedAtUtc")
            WHERE "Status" = 'Sent'
            """;
        var claimedDay = string.Format(System.Globalization.CultureInfo.InvariantCulture, dayOf, "d.\"ClaimedAtUtc\"");
        yield return $"""
            WITH n AS (SELECT s."ChannelId" AS c, d."UserId" AS u, {claimedDay} AS day, CASE WHEN d."AnsweredAtUtc" IS NULL THEN 0 ELSE 1 END AS answered
                       FROM nudge_deliveries d JOIN nudge_schedules s ON s."Id" = d."ScheduleId" WHERE d."Status" = 'Sent'),
                 g AS (SELECT c, u, day - ((day + 3) % 7) AS w, COUNT(*) AS sent, SUM(answered) AS answered FROM n GROUP BY c, u, day - ((day + 3) % 7))
            INSERT INTO practice_weeks ("ChannelId", "UserId", "Week", "Attempts", "DaysMask", "NudgesSent", "NudgesAnswered")
            SELECT c, u, w, 0, 0, sent, answered FROM g WHERE true
            ON CONFLICT ("ChannelId", "UserId", "Week") DO UPDATE SET "NudgesSent" = excluded."NudgesSent", "NudgesAnswered" = excluded."NudgesAnswered"
            """;
    }
}

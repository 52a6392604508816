using Microsoft.EntityFrameworkCore;

namespace CoachBot.Storage;

/// <summary>
/// Keeps practice_weeks and score_weeks up to date inside the transaction that stores an answer or marks a prompt sent.
/// The upserts are plain SQL that SQLite and PostgreSQL both run.
/// </summary>
internal static class ProgressRollups
{
    public static async Task RecordAttemptAsync(CoachBotDbContext db, AttemptRow attempt, CancellationToken ct)
    {
        var week = DayNumber.WeekOf(attempt.Day);
        await AddPracticeWeekAsync(db, attempt.ChannelId, attempt.UserId, week, attempts: 1, daysMask: 1 << DayNumber.Weekday(attempt.Day), sent: 0, answered: 0, ct);
        var scored = attempt.Scores.Where(s => s.Score is not null).ToList();
        if (scored.Count > 0)
        {
            // One statement for all the standards: fewer round trips while the writer lock is held.
            var values = new List<object> { attempt.ChannelId, attempt.UserId, week, attempt.CreatedAtUtc };
            var rows = new List<string>();
            foreach (var score in scored)
            {
                rows.Add($"({{0}}, {{1}}, {{{values.Count}}}, {{2}}, 1, {{{values.Count + 1}}}, {{{values.Count + 1}}}, {{3}})");
                values.Add(score.StandardId);
                values.Add(score.Score!.Value);
            }

            // Only "{n}" placeholders are interpolated; every value travels as a parameter.
            var sql = $"""
                INSERT INTO score_weeks ("ChannelId", "UserId", "StandardId", "Week", "Count", "Sum", "LatestScore", "LatestAtUtc")
                VALUES {string.Join(", ", rows)}
                ON CONFLICT ("ChannelId", "UserId", "StandardId", "Week") DO UPDATE SET
                    "Count" = score_weeks."Count" + 1, "Sum" = score_weeks."Sum" + excluded."Sum",
                    "LatestScore" = CASE WHEN excluded."LatestAtUtc" >= score_weeks."LatestAtUtc" THEN excluded."LatestScore" ELSE score_weeks."LatestScore" END,
                    "LatestAtUtc" = CASE WHEN excluded."LatestAtUtc" >= score_weeks."LatestAtUtc" THEN excluded."LatestAtUtc" ELSE score_weeks."LatestAtUtc" END
                """;
            await db.Database.ExecuteSqlRawAsync(sql, values, ct);
        }

        // A prompt counts as answered when its scenario is first answered after it was sent; it counts in the week it was sent.
        // One UPDATE … RETURNING: a tracked query and SaveChanges took about half a millisecond of the writer's turn.
        var claimedAt = await db.Database.SqlQuery<DateTime>($"""
            UPDATE nudge_deliveries SET "AnsweredAtUtc" = {attempt.CreatedAtUtc}
            WHERE "UserId" = {attempt.UserId} AND "ScenarioId" = {attempt.ScenarioId} AND "Status" = 'Sent' AND "AnsweredAtUtc" IS NULL
                AND "ClaimedAtUtc" <= {attempt.CreatedAtUtc}
                AND EXISTS (SELECT 1 FROM nudge_schedules s WHERE s."Id" = nudge_deliveries."ScheduleId" AND s."ChannelId" = {attempt.ChannelId})
            RETURNING "ClaimedAtUtc" AS "Value"
            """).ToListAsync(ct);
        foreach (var sent in claimedAt)
        {
            await AddNudgeAsync(db, attempt.ChannelId, attempt.UserId, sent, sent: 0, answered: 1, ct);
        }
    }

    public static Task RecordNudgeSentAsync(CoachBotDbContext db, string channelId, string userId, DateTime claimedAtUtc, CancellationToken ct) =>
        AddNudgeAsync(db, channelId, userId, claimedAtUtc, sent: 1, answered: 0, ct);

    private static Task AddNudgeAsync(CoachBotDbContext db, string channelId, string userId, DateTime at, int sent, int answered, CancellationToken ct) =>
        AddPracticeWeekAsync(db, channelId, userId, DayNumber.WeekOf(DayNumber.Of(new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc)))), 0, 0, sent, answered, ct);

    /// <summary>Adds to one account's week: answers and prompts are counted, practised weekdays are OR-ed into the mask.</summary>
    private static async Task AddPracticeWeekAsync(
        CoachBotDbContext db, string channelId, string userId, int week, int attempts, int daysMask, int sent, int answered, CancellationToken ct) =>
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO practice_weeks ("ChannelId", "UserId", "Week", "Attempts", "DaysMask", "NudgesSent", "NudgesAnswered")
            VALUES ({channelId}, {userId}, {week}, {attempts}, {daysMask}, {sent}, {answered})
            ON CONFLICT ("ChannelId", "UserId", "Week") DO UPDATE SET
                "Attempts" = practice_weeks."Attempts" + excluded."Attempts",
                "DaysMask" = practice_weeks."DaysMask" | excluded."DaysMask",
                "NudgesSent" = practice_weeks."NudgesSent" + excluded."NudgesSent",
                "NudgesAnswered" = practice_weeks."NudgesAnswered" + excluded."NudgesAnswered"
            """, ct);
}

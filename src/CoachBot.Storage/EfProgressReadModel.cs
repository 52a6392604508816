using System.Numerics;
using CoachBot.Core.Progress;
using CoachBot.Core.Reports;
using Microsoft.EntityFrameworkCore;

namespace CoachBot.Storage;

/// <summary>
/// Reads the weekly rollups (a row per account per week, and per standard): the database sums them per person and
/// standard, per week for the chart, and returns only the last four weeks row by row for the trends. Chat accounts are
/// folded into people here.
/// </summary>
internal sealed class EfProgressReadModel(IDbContextFactory<CoachBotDbContext> contexts) : IProgressReadModel
{
    private const int StreakLookbackWeeks = 53;
    private const int RecentWeeks = 4;

    public async Task<ProgressData> ReadAsync(DateOnly from, DateOnly to, DateOnly asOf, ProgressKeys keys, CancellationToken cancellationToken)
    {
        var firstWeek = DayNumber.WeekOf(DayNumber.Of(from));
        var lastWeek = DayNumber.WeekOf(DayNumber.Of(to));
        var recentWeek = Math.Max(firstWeek, lastWeek - (RecentWeeks - 1) * 7);
        var asOfDay = DayNumber.Of(asOf);
        var lookback = Math.Min(firstWeek, DayNumber.WeekOf(asOfDay) - StreakLookbackWeeks * 7);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        var owners = await db.PersonAccounts.AsNoTracking().ToDictionaryAsync(a => (a.ChannelId, a.UserId), a => a.PersonId, cancellationToken);
        var people = owners.Values.ToHashSet(StringComparer.Ordinal);
        string KeyOf(string channel, string user) => owners.GetValueOrDefault((channel, user)) ?? $"{channel}:{user}";

        IQueryable<ScoreWeekRow> scores = db.ScoreWeeks.AsNoTracking();
        IQueryable<PracticeWeekRow> practice = db.PracticeWeeks.AsNoTracking();
        if (keys.Keys is { } wanted)
        {
            // "channel:user" for every account of the people asked for, and for the unlinked accounts asked for by that name.
            var set = wanted.ToHashSet(StringComparer.Ordinal);
            var accounts = owners.Where(o => set.Contains(o.Value)).Select(o => $"{o.Key.ChannelId}:{o.Key.UserId}").Concat(set.Where(k => k.Contains(':'))).Distinct().ToList();
            var users = accounts.Select(a => a[(a.IndexOf(':') + 1)..]).Distinct().ToList();
            if (keys.AndUnlinked)
            {
                scores = scores.Where(w => (users.Contains(w.UserId) && accounts.Contains(w.ChannelId + ":" + w.UserId))
                    || !db.PersonAccounts.Any(a => a.ChannelId == w.ChannelId && a.UserId == w.UserId));
                practice = practice.Where(w => (users.Contains(w.UserId) && accounts.Contains(w.ChannelId + ":" + w.UserId))
                    || !db.PersonAccounts.Any(a => a.ChannelId == w.ChannelId && a.UserId == w.UserId));
            }
            else
            {
                // Kept free of the OR above, so the (UserId, Week) indexes serve a team's or a person's report.
                scores = scores.Where(w => users.Contains(w.UserId) && accounts.Contains(w.ChannelId + ":" + w.UserId));
                practice = practice.Where(w => users.Contains(w.UserId) && accounts.Contains(w.ChannelId + ":" + w.UserId));
            }
        }

        var inRange = scores.Where(w => w.Week >= firstWeek && w.Week <= lastWeek);
        var totals = await inRange.GroupBy(w => new { w.ChannelId, w.UserId, w.StandardId })
            .Select(g => new { g.Key.ChannelId, g.Key.UserId, g.Key.StandardId, Count = g.Sum(w => w.Count), Sum = g.Sum(w => w.Sum) })
            .ToListAsync(cancellationToken);
        var recent = await inRange.Where(w => w.Week >= recentWeek)
            .Select(w => new { w.ChannelId, w.UserId, w.StandardId, w.Week, w.Count, w.Sum })
            .ToListAsync(cancellationToken);
        var chart = await inRange.GroupBy(w => new { w.StandardId, w.Week })
            .Select(g => new { g.Key.StandardId, g.Key.Week, Count = g.Sum(w => w.Count), Sum = g.Sum(w => w.Sum) })
            .ToListAsync(cancellationToken);
        var newestWeeks = inRange.GroupBy(w => new { w.ChannelId, w.UserId, w.StandardId })
            .Select(g => new { g.Key.ChannelId, g.Key.UserId, g.Key.StandardId, Week = g.Max(w => w.Week) });
        var latest = await (from w in inRange
                            join n in newestWeeks on new { w.ChannelId, w.UserId, w.StandardId, w.Week } equals new { n.ChannelId, n.UserId, n.StandardId, n.Week }
                            select new { w.ChannelId, w.UserId, w.StandardId, w.LatestScore, w.LatestAtUtc })
            .ToListAsync(cancellationToken);
        var weeks = await practice.Where(w => w.Week >= lookback && w.Week <= lastWeek)
            .Select(w => new { w.ChannelId, w.UserId, w.Week, w.Attempts, w.DaysMask, w.NudgesSent, w.NudgesAnswered })
            .ToListAsync(cancellationToken);

        var activity = weeks.GroupBy(w => KeyOf(w.ChannelId, w.UserId), StringComparer.Ordinal).Select(g =>
        {
            // One person may practise on several accounts: their days are the union of the accounts' days.
            var masks = g.GroupBy(w => w.Week).ToDictionary(w => w.Key, w => w.Aggregate(0, (mask, x) => mask | x.DaysMask));
            var counted = g.Where(w => w.Week >= firstWeek).ToList();
            var practisedWeeks = masks.Where(m => m.Key >= firstWeek && m.Value != 0).ToList();
            int? lastDay = practisedWeeks.Count == 0 ? null : practisedWeeks.Max(m => m.Key + 31 - BitOperations.LeadingZeroCount((uint)m.Value));
            return new PracticeActivity(
                g.Key,
                counted.Sum(w => w.Attempts),
                practisedWeeks.Sum(m => BitOperations.PopCount((uint)m.Value)),
                lastDay is { } d ? DayNumber.ToDate(d) : null,
                Streak(masks, asOfDay),
                counted.Sum(w => w.NudgesSent),
                counted.Sum(w => w.NudgesAnswered));
        }).Where(a => a.Attempts > 0 || people.Contains(a.Key)).ToList(); // a channel that was prompted is not a person

        return new ProgressData(
            totals.GroupBy(t => (Key: KeyOf(t.ChannelId, t.UserId), t.StandardId))
                .Select(g => new ScoreTotals(g.Key.Key, g.Key.StandardId, g.Sum(t => t.Count), g.Sum(t => t.Sum))).ToList(),
            recent.GroupBy(w => (Key: KeyOf(w.ChannelId, w.UserId), w.StandardId, WeeksBack: (lastWeek - w.Week) / 7))
                .Select(g => new WeeklyScores(g.Key.Key, g.Key.StandardId, g.Key.WeeksBack, g.Sum(w => w.Count), g.Sum(w => w.Sum))).ToList(),
            chart.Select(c => new ChartScores(c.StandardId, (lastWeek - c.Week) / 7, c.Count, c.Sum)).ToList(),
            latest.GroupBy(l => (Key: KeyOf(l.ChannelId, l.UserId), l.StandardId))
                .Select(g => new LatestScore(g.Key.Key, g.Key.StandardId, g.MaxBy(l => l.LatestAtUtc)!.LatestScore)).ToList(),
            activity);
    }

    /// <summary>The streak up to the given day, read from the weeks' day masks.</summary>
    private static int Streak(Dictionary<int, int> masks, int asOf) =>
        PracticeStreak.Length(
            date => DayNumber.Of(date) is var day && masks.TryGetValue(DayNumber.WeekOf(day), out var mask) && (mask & (1 << DayNumber.Weekday(day))) != 0,
            DayNumber.ToDate(asOf));
}

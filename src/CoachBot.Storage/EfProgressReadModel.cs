using System.Numerics;
using CoachBot.Core.Reports;
using Microsoft.EntityFrameworkCore;

namespace CoachBot.Storage;

/// <summary>
/// Reads the weekly rollups (a row per account per week, and per standard) and folds chat accounts into people here,
/// so a year of a thousand people's practice is about 260,000 small rows rather than 1.5 million scores.
/// </summary>
internal sealed class EfProgressReadModel(IDbContextFactory<CoachBotDbContext> contexts) : IProgressReadModel
{
    private const int StreakLookbackWeeks = 53;

    public async Task<ProgressData> ReadAsync(DateOnly from, DateOnly to, DateOnly asOf, IReadOnlyCollection<string>? keys, CancellationToken cancellationToken)
    {
        var firstWeek = DayNumber.WeekOf(DayNumber.Of(from));
        var lastWeek = DayNumber.WeekOf(DayNumber.Of(to));
        var asOfDay = DayNumber.Of(asOf);
        var lookback = Math.Min(firstWeek, DayNumber.WeekOf(asOfDay) - StreakLookbackWeeks * 7);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        var owners = await db.PersonAccounts.AsNoTracking().ToDictionaryAsync(a => (a.ChannelId, a.UserId), a => a.PersonId, cancellationToken);
        var people = owners.Values.ToHashSet(StringComparer.Ordinal);
        string KeyOf(string channel, string user) => owners.GetValueOrDefault((channel, user)) ?? $"{channel}:{user}";
        var wanted = keys?.ToHashSet(StringComparer.Ordinal);
        var users = wanted is null ? null : owners.Where(o => wanted.Contains(o.Value)).Select(o => o.Key.UserId)
            .Concat(wanted.Select(k => k.Split(':', 2)).Where(p => p.Length == 2).Select(p => p[1])).Distinct().ToList();

        var practice = db.PracticeWeeks.AsNoTracking().Where(w => w.Week >= lookback && w.Week <= lastWeek);
        var scores = db.ScoreWeeks.AsNoTracking().Where(w => w.Week >= firstWeek && w.Week <= lastWeek);
        if (users is not null)
        {
            practice = practice.Where(w => users.Contains(w.UserId));
            scores = scores.Where(w => users.Contains(w.UserId));
        }

        var practiceRows = (await practice.Select(w => new { w.ChannelId, w.UserId, w.Week, w.Attempts, w.DaysMask, w.NudgesSent, w.NudgesAnswered }).ToListAsync(cancellationToken))
            .Select(w => (Key: KeyOf(w.ChannelId, w.UserId), Row: w)).Where(w => wanted is null || wanted.Contains(w.Key)).ToList();
        var scoreRows = (await scores.Select(w => new { w.ChannelId, w.UserId, w.StandardId, w.Week, w.Count, w.Sum, w.LatestScore, w.LatestAtUtc }).ToListAsync(cancellationToken))
            .Select(w => (Key: KeyOf(w.ChannelId, w.UserId), Row: w)).Where(w => wanted is null || wanted.Contains(w.Key)).ToList();

        var weekly = scoreRows
            .GroupBy(s => (s.Key, s.Row.StandardId, WeeksBack: (lastWeek - s.Row.Week) / 7))
            .Select(g => new WeeklyScores(g.Key.Key, g.Key.StandardId, g.Key.WeeksBack, g.Sum(s => s.Row.Count), g.Sum(s => s.Row.Sum)))
            .ToList();
        var latest = scoreRows
            .GroupBy(s => (s.Key, s.Row.StandardId))
            .Select(g => g.MaxBy(s => s.Row.LatestAtUtc))
            .Select(s => new LatestScore(s.Key, s.Row.StandardId, s.Row.LatestScore))
            .ToList();
        var activity = practiceRows.GroupBy(p => p.Key, StringComparer.Ordinal).Select(g =>
        {
            // One person may practise on several accounts: their days are the union of the accounts' days.
            var days = g.GroupBy(p => p.Row.Week).SelectMany(w => Days(w.Key, w.Aggregate(0, (mask, p) => mask | p.Row.DaysMask))).ToHashSet();
            var inRange = g.Where(p => p.Row.Week >= firstWeek).ToList();
            var practised = days.Where(d => d >= firstWeek && d <= lastWeek + 6).ToList();
            return new PracticeActivity(
                g.Key,
                inRange.Sum(p => p.Row.Attempts),
                practised.Count,
                practised.Count == 0 ? null : DayNumber.ToDate(practised.Max()),
                Streak(days, asOfDay),
                inRange.Sum(p => p.Row.NudgesSent),
                inRange.Sum(p => p.Row.NudgesAnswered));
        }).Where(a => a.Attempts > 0 || people.Contains(a.Key)).ToList(); // a channel that was prompted is not a person
        return new ProgressData(weekly, latest, activity);
    }

    private static IEnumerable<int> Days(int week, int mask)
    {
        for (var bits = (uint)mask; bits != 0; bits &= bits - 1)
        {
            yield return week + BitOperations.TrailingZeroCount(bits);
        }
    }

    /// <summary>Consecutive practice days up to the given day, or up to the day before when that day has no practice yet.</summary>
    private static int Streak(HashSet<int> days, int asOf)
    {
        var day = days.Contains(asOf) ? asOf : asOf - 1;
        var streak = 0;
        while (days.Contains(day))
        {
            streak++;
            day--;
        }

        return streak;
    }
}

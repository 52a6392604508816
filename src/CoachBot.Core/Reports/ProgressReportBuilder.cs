using CoachBot.Core.Progress;

namespace CoachBot.Core.Reports;

/// <summary>Turns the database's weekly aggregates into per-person, per-team and scope-wide figures.</summary>
internal static class ProgressReportBuilder
{
    public const string NoTeam = "Unassigned";
    private const double SteadyBand = 0.25;

    public sealed record Member(string Key, string Name, string Team);

    public static ProgressReport Build(
        ProgressFilter filter, string scopeName, IReadOnlyList<StandardInfo> standards, IReadOnlyList<Member> members, ProgressData data)
    {
        var totals = data.Totals.ToLookup(t => t.Key, StringComparer.Ordinal);
        var recent = data.Recent.ToLookup(w => w.Key, StringComparer.Ordinal);
        var latest = data.Latest.ToDictionary(l => (l.Key, l.StandardId), l => (int?)l.Score);
        var activity = data.Activity.ToDictionary(a => a.Key, StringComparer.Ordinal);

        var people = members
            .Select(m => Person(m, standards, totals[m.Key].ToList(), recent[m.Key].ToList(), latest, activity.GetValueOrDefault(m.Key)))
            .OrderBy(p => p.Team, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        GroupProgress GroupOf(string name, IReadOnlyList<Member> group)
        {
            var acts = group.Select(m => activity.GetValueOrDefault(m.Key)).OfType<PracticeActivity>().ToList();
            var practised = acts.Count(a => a.Attempts > 0);
            var groupTotals = group.SelectMany(m => totals[m.Key]).ToList();
            var groupRecent = group.SelectMany(m => recent[m.Key]).ToList();
            var stats = standards.Select(s => Stats(s.Id, groupTotals, groupRecent, null)).ToList();
            return new GroupProgress(
                name, group.Count, practised, group.Count == 0 ? 0 : Math.Round((double)practised / group.Count, 3),
                acts.Sum(a => a.Attempts), acts.Sum(a => a.NudgesSent), acts.Sum(a => a.NudgesAnswered), stats, Weakest(stats));
        }

        var teams = members.GroupBy(m => m.Team, StringComparer.Ordinal)
            .Select(g => GroupOf(g.Key, g.ToList()))
            .OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        var points = data.Chart
            .Select(c => new WeekPoint(filter.To.AddDays(-7 * c.WeeksBack), c.StandardId, c.Count, Average(c.Sum, c.Count)))
            .OrderBy(p => p.WeekEnding).ThenBy(p => p.StandardId, StringComparer.Ordinal)
            .ToList();
        return new ProgressReport(filter.From, filter.To, scopeName, standards, GroupOf(scopeName, members), points, teams, people);
    }

    private static PersonProgress Person(
        Member member, IReadOnlyList<StandardInfo> standards, List<ScoreTotals> totals, List<WeeklyScores> recent,
        Dictionary<(string, string), int?> latest, PracticeActivity? activity)
    {
        var stats = standards.Select(s => Stats(s.Id, totals, recent, latest.GetValueOrDefault((member.Key, s.Id)))).ToList();
        return new PersonProgress(
            member.Key, member.Name, member.Team,
            activity?.Attempts ?? 0, activity?.PracticeDays ?? 0, activity?.LastPractised, activity?.Streak ?? 0,
            activity?.NudgesSent ?? 0, activity?.NudgesAnswered ?? 0,
            stats, Weakest(stats));
    }

    /// <summary>The average over the range; the trend compares the last two weeks with the two before.</summary>
    private static StandardStats Stats(string standardId, List<ScoreTotals> totals, List<WeeklyScores> recentWeeks, int? latest)
    {
        var mine = totals.Where(t => t.StandardId == standardId).ToList();
        var weeks = recentWeeks.Where(w => w.StandardId == standardId).ToList();
        var count = mine.Sum(t => t.Count);
        var recent = Average(weeks.Where(w => w.WeeksBack <= 1).Sum(w => w.Sum), weeks.Where(w => w.WeeksBack <= 1).Sum(w => w.Count));
        var before = Average(weeks.Where(w => w.WeeksBack is 2 or 3).Sum(w => w.Sum), weeks.Where(w => w.WeeksBack is 2 or 3).Sum(w => w.Count));
        double? change = recent is { } r && before is { } b ? Math.Round(r - b, 2) : null;
        var trend = change switch
        {
            null => Trend.NotEnoughData,
            > SteadyBand => Trend.Improving,
            < -SteadyBand => Trend.Declining,
            _ => Trend.Steady,
        };
        return new StandardStats(standardId, count, Average(mine.Sum(t => t.Sum), count), latest, trend, change);
    }

    private static string? Weakest(IReadOnlyList<StandardStats> stats) =>
        stats.Where(s => s.Average is not null).OrderBy(s => s.Average).Select(s => s.StandardId).FirstOrDefault();

    private static double? Average(int sum, int count) => count == 0 ? null : Math.Round((double)sum / count, 2);
}

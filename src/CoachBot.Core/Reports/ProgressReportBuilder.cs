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
        var inScope = members.Select(m => m.Key).ToHashSet(StringComparer.Ordinal);
        var weekly = data.Weekly.Where(w => inScope.Contains(w.Key)).ToLookup(w => w.Key, StringComparer.Ordinal);
        var latest = data.Latest.ToDictionary(l => (l.Key, l.StandardId), l => (int?)l.Score);
        var activity = data.Activity.ToDictionary(a => a.Key, StringComparer.Ordinal);

        var people = members
            .Select(m => Person(m, standards, weekly[m.Key].ToList(), latest, activity.GetValueOrDefault(m.Key)))
            .OrderBy(p => p.Team, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        var teams = members.GroupBy(m => m.Team, StringComparer.Ordinal)
            .Select(g => Group(g.Key, g.ToList(), standards, weekly, activity))
            .OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        var points = data.Weekly.Where(w => inScope.Contains(w.Key))
            .GroupBy(w => (w.WeeksBack, w.StandardId))
            .Select(g => new WeekPoint(filter.To.AddDays(-7 * g.Key.WeeksBack), g.Key.StandardId, g.Sum(w => w.Count), Average(g.Sum(w => w.Sum), g.Sum(w => w.Count))))
            .OrderBy(p => p.WeekEnding).ThenBy(p => p.StandardId, StringComparer.Ordinal)
            .ToList();
        return new ProgressReport(filter.From, filter.To, scopeName, standards, Group(scopeName, members, standards, weekly, activity), points, teams, people);
    }

    private static PersonProgress Person(
        Member member, IReadOnlyList<StandardInfo> standards, List<WeeklyScores> weeks, Dictionary<(string, string), int?> latest, PracticeActivity? activity)
    {
        var stats = standards.Select(s => Stats(s.Id, weeks.Where(w => w.StandardId == s.Id), latest.GetValueOrDefault((member.Key, s.Id)))).ToList();
        return new PersonProgress(
            member.Key, member.Name, member.Team,
            activity?.Attempts ?? 0, activity?.PracticeDays ?? 0, activity?.LastPractised, activity?.Streak ?? 0,
            activity?.NudgesSent ?? 0, activity?.NudgesAnswered ?? 0,
            stats, Weakest(stats));
    }

    private static GroupProgress Group(
        string name, IReadOnlyList<Member> members, IReadOnlyList<StandardInfo> standards, ILookup<string, WeeklyScores> weekly, Dictionary<string, PracticeActivity> activity)
    {
        var acts = members.Select(m => activity.GetValueOrDefault(m.Key)).OfType<PracticeActivity>().ToList();
        var practised = acts.Count(a => a.Attempts > 0);
        var rows = members.SelectMany(m => weekly[m.Key]).ToList();
        var stats = standards.Select(s => Stats(s.Id, rows.Where(w => w.StandardId == s.Id), null)).ToList();
        return new GroupProgress(
            name, members.Count, practised, members.Count == 0 ? 0 : Math.Round((double)practised / members.Count, 3),
            acts.Sum(a => a.Attempts), acts.Sum(a => a.NudgesSent), acts.Sum(a => a.NudgesAnswered), stats, Weakest(stats));
    }

    private static StandardStats Stats(string standardId, IEnumerable<WeeklyScores> weeks, int? latest)
    {
        var list = weeks.ToList();
        var count = list.Sum(w => w.Count);
        var recent = Average(list.Where(w => w.WeeksBack <= 1).Sum(w => w.Sum), list.Where(w => w.WeeksBack <= 1).Sum(w => w.Count));
        var before = Average(list.Where(w => w.WeeksBack is 2 or 3).Sum(w => w.Sum), list.Where(w => w.WeeksBack is 2 or 3).Sum(w => w.Count));
        double? change = recent is { } r && before is { } b ? Math.Round(r - b, 2) : null;
        var trend = change switch
        {
            null => Trend.NotEnoughData,
            > SteadyBand => Trend.Improving,
            < -SteadyBand => Trend.Declining,
            _ => Trend.Steady,
        };
        return new StandardStats(standardId, count, Average(list.Sum(w => w.Sum), count), latest, trend, change);
    }

    private static string? Weakest(IReadOnlyList<StandardStats> stats) =>
        stats.Where(s => s.Average is not null).OrderBy(s => s.Average).Select(s => s.StandardId).FirstOrDefault();

    private static double? Average(int sum, int count) => count == 0 ? null : Math.Round((double)sum / count, 2);
}

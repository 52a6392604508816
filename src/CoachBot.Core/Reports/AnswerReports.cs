using CoachBot.Core.Content;
using CoachBot.Core.People;
using CoachBot.Core.Progress;

namespace CoachBot.Core.Reports;

/// <summary>
/// The dashboard's drill-down: scores by moment of truth and scenario for a scope, and a person's own answers. Each is
/// refused exactly when the progress report for the same filter is (managers see their reports, HR and admins everyone).
/// </summary>
public sealed class AnswerReports(ReportService reports, IAnswerReadModel answers, ContentPack content)
{
    public const int HardestShown = 5;
    public const int MaxAnswers = 50;

    public async Task<(MomentsReport? Report, ReportResult Access)> MomentsAsync(Viewer viewer, ProgressFilter filter, CancellationToken cancellationToken)
    {
        var access = await reports.BuildAsync(viewer, filter, cancellationToken);
        if (access.Report is not { } report)
        {
            return (null, access);
        }

        var weeks = filter.ToWholeWeeks();
        var keys = viewer.Role.SeesEveryone() && filter.Team is null && filter.PersonId is null
            ? ProgressKeys.Everyone
            : new ProgressKeys(report.People.Select(p => p.Id).ToList());
        var scores = await answers.ScenarioScoresAsync(weeks.From, weeks.To, keys, cancellationToken);
        return (Build(scores, report.Standards), access);
    }

    /// <summary>A person's newest answers in the range, after the same check as their progress report.</summary>
    public async Task<(IReadOnlyList<Attempt>? Answers, ReportResult Access)> AnswersAsync(
        Viewer viewer, ProgressFilter filter, int limit, CancellationToken cancellationToken)
    {
        if (filter.PersonId is not { } person)
        {
            return (null, ReportResult.Fail(ReportError.Invalid, "Name a person."));
        }

        var access = await reports.BuildAsync(viewer, filter, cancellationToken);
        if (access.Report is null)
        {
            return (null, access);
        }

        var weeks = filter.ToWholeWeeks();
        return (await answers.RecentAttemptsAsync(person, weeks.From, weeks.To, Math.Clamp(limit, 1, MaxAnswers), cancellationToken), access);
    }

    private MomentsReport Build(IReadOnlyList<ScenarioScores> scores, IReadOnlyList<StandardInfo> standards)
    {
        var byScenario = scores.GroupBy(s => s.ScenarioId, StringComparer.Ordinal).ToList();
        var scenarios = byScenario.Select(g =>
        {
            var cells = standards.Select(s => Cell(s.Id, g.Where(x => x.StandardId == s.Id))).ToList();
            return new ScenarioRow(g.Key, g.Max(x => x.Count), Average(g.Sum(x => x.Sum), g.Sum(x => x.Count)), Weakest(cells), cells);
        }).ToList();
        var moments = byScenario
            .GroupBy(g => content.FindScenario(g.Key)?.Step ?? g.Key, StringComparer.Ordinal)
            .Select(step => new MomentRow(
                step.Key,
                step.Select(g => g.Key).Order(StringComparer.Ordinal).ToList(),
                step.Sum(g => g.Max(x => x.Count)),
                standards.Select(s => Cell(s.Id, step.SelectMany(g => g).Where(x => x.StandardId == s.Id))).ToList()))
            .OrderBy(m => m.Standards.Where(c => c.Average is not null).Select(c => c.Average).DefaultIfEmpty(3).Min())
            .ThenBy(m => m.Step, StringComparer.Ordinal)
            .ToList();
        var hardest = scenarios.Where(s => s.Average is not null).OrderBy(s => s.Average).ThenByDescending(s => s.Attempts)
            .ThenBy(s => s.ScenarioId, StringComparer.Ordinal).Take(HardestShown).ToList();
        return new MomentsReport(moments, hardest);
    }

    private static CellStats Cell(string standardId, IEnumerable<ScenarioScores> scores)
    {
        var list = scores.ToList();
        return new CellStats(standardId, list.Sum(s => s.Count), Average(list.Sum(s => s.Sum), list.Sum(s => s.Count)));
    }

    private static string? Weakest(IEnumerable<CellStats> cells) =>
        cells.Where(c => c.Average is not null).OrderBy(c => c.Average).Select(c => c.StandardId).FirstOrDefault();

    private static double? Average(int sum, int count) => count == 0 ? null : Math.Round((double)sum / count, 2);
}

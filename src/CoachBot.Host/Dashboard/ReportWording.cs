using CoachBot.Core.People;
using CoachBot.Core.Reports;
using CoachBot.Core.Texts;

namespace CoachBot.Host.Dashboard;

/// <summary>A report as the dashboard, the exports and the chart word it in one language: standard names, the scope, refusals.</summary>
internal static class ReportWording
{
    /// <summary>The same report and numbers, with the standards named and the scope titled in the language.</summary>
    public static ProgressReport In(ProgressReport report, Viewer viewer, ProgressFilter filter, TextCatalogue t, DashboardLanguage language) => report with
    {
        Standards = report.Standards.Select(s => s with { Name = language.StandardName(s.Id, t) }).ToList(),
        ScopeName = filter.PersonId is not null ? report.People.FirstOrDefault()?.Name ?? report.ScopeName
            : filter.Team is { } team ? t.Text("dashboard.scope.team", ("team", TeamName(team, t)))
            : viewer.Role.SeesEveryone() ? t.Text("dashboard.scope.company")
            : viewer.Role == Role.Manager ? t.Text("dashboard.scope.my-team")
            : report.ScopeName,
    };

    /// <summary>The team the report service gives the people without one (Core's ProgressReportBuilder.NoTeam); also a filter value.</summary>
    public const string NoTeam = "Unassigned";

    /// <summary>A team as shown: the people without one are "Unassigned" in the language.</summary>
    public static string TeamName(string team, TextCatalogue t) => team == NoTeam ? t.Text("dashboard.unassigned") : team;

    /// <summary>Why a report was refused, in the language (the report service's reasons, by what was asked).</summary>
    public static string Refusal(ReportResult result, Viewer viewer, ProgressFilter filter, TextCatalogue t) => result.Error switch
    {
        ReportError.Invalid when filter.From > filter.To => t.Text("dashboard.error.range-order"),
        ReportError.Invalid => t.Text("dashboard.error.range-too-long", ("days", ProgressFilter.MaxDays)),
        ReportError.NotFound => t.Text("dashboard.error.no-person", ("person", filter.PersonId)),
        ReportError.Forbidden when filter.PersonId is not null => t.Text("dashboard.error.own-progress-only"),
        ReportError.Forbidden when viewer.Role == Role.Employee => t.Text("dashboard.error.teams-for-managers"),
        ReportError.Forbidden => t.Text("dashboard.error.not-your-team", ("team", filter.Team)),
        _ => result.Message ?? "",
    };
}

using CoachBot.Core.Content;
using CoachBot.Core.People;
using CoachBot.Core.Reports;
using CoachBot.Core.Texts;

namespace CoachBot.Host.Dashboard;

/// <summary>
/// Behind the dashboard's numbers: scores by moment of truth and the hardest scenarios for a scope, and a person's own
/// answers with the quotes and tips, each checked like the progress report for the same filter.
/// </summary>
internal static class DrillDownEndpoints
{
    public static void MapDrillDown(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/reports/moments", MomentsAsync).RequireAuthorization();
        endpoints.MapGet("/api/reports/answers", AnswersAsync).RequireAuthorization();
    }

    private static async Task<IResult> MomentsAsync(
        HttpContext http, IPeopleDirectory directory, AnswerReports answers, ReportService reports, TimeProvider time, DashboardLanguage language,
        string? from, string? to, string? team, string? person, CancellationToken ct)
    {
        var (query, refusal) = await ReportQuery.ReadAsync(http, directory, time, language, from, to, team, person, ct);
        if (query is null)
        {
            return refusal!;
        }

        var (report, access) = await answers.MomentsAsync(query.Viewer, query.Filter, ct);
        if (report is null)
        {
            return query.Refuse(access);
        }

        var t = query.Language;
        var content = reports.Content;
        return Results.Json(new
        {
            Moments = report.Moments.Select(m => new
            {
                Step = ScenarioIn(content, m.ScenarioIds[0], t)?.Step ?? m.Step,
                Scenarios = m.ScenarioIds.Select(id => ScenarioIn(content, id, t)?.Title ?? id).ToList(),
                m.Attempts,
                m.Standards,
            }),
            Hardest = report.Hardest.Select(s => new
            {
                s.ScenarioId,
                Title = ScenarioIn(content, s.ScenarioId, t)?.Title ?? s.ScenarioId,
                ScenarioIn(content, s.ScenarioId, t)?.Step,
                s.Attempts,
                s.Average,
                s.Weakest,
                WeakestName = language.StandardName(s.Weakest, t),
            }),
        }, ReportEndpoints.Json);
    }

    private static async Task<IResult> AnswersAsync(
        HttpContext http, IPeopleDirectory directory, AnswerReports answers, Core.Authoring.ScenarioAuthoring authoring, TimeProvider time, DashboardLanguage language,
        string? from, string? to, string? person, int? limit, CancellationToken ct)
    {
        var (query, refusal) = await ReportQuery.ReadAsync(http, directory, time, language, from, to, null, person, ct);
        if (query is null)
        {
            return refusal!;
        }

        if (query.Filter.PersonId is null)
        {
            return Http.ApiError.Create(StatusCodes.Status400BadRequest, query.Language.Text("dashboard.error.answers-person"));
        }

        var (list, access) = await answers.AnswersAsync(query.Viewer, query.Filter, limit ?? 10, ct);
        if (list is null)
        {
            return query.Refuse(access);
        }

        var t = query.Language;
        // Each answer with the text of the version it answered, even after the scenario was edited in the dashboard.
        var answered = new Dictionary<(string, int?), Scenario?>();
        foreach (var key in list.Select(a => (a.ScenarioId, a.ScenarioVersion)).Distinct())
        {
            answered[key] = (await authoring.AnsweredAsync(key.ScenarioId, key.ScenarioVersion, ct))?.In(t.Code);
        }

        return Results.Json(new
        {
            Answers = list.Select(a => new
            {
                a.Id,
                a.ScenarioId,
                a.ScenarioVersion,
                Title = answered[(a.ScenarioId, a.ScenarioVersion)]?.Title ?? a.ScenarioId,
                answered[(a.ScenarioId, a.ScenarioVersion)]?.Step,
                answered[(a.ScenarioId, a.ScenarioVersion)]?.CustomerSays,
                a.CreatedAt,
                a.Answer,
                Scores = a.Scores.Where(s => s.Score is not null).Select(s => new
                {
                    s.StandardId,
                    StandardName = language.StandardName(s.StandardId, t),
                    s.Score,
                    s.Evidence,
                    s.Missing,
                    s.Tip,
                }),
            }),
        }, ReportEndpoints.Json);
    }

    private static Scenario? ScenarioIn(ContentPack content, string id, TextCatalogue t) => content.FindScenario(id)?.In(t.Code);
}

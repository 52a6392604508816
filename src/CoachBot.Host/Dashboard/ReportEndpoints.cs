using System.Globalization;
using System.Text.Json.Serialization;
using CoachBot.Core.People;
using CoachBot.Core.Reports;
using CoachBot.Core.Texts;
using CoachBot.Host.Dashboard.SignIn;
using CoachBot.Host.Http;

namespace CoachBot.Host.Dashboard;

/// <summary>The dashboard page and its data: the report as JSON, CSV or XLSX, the same filters and the same role checks.</summary>
internal static class ReportEndpoints
{
    public static readonly System.Text.Json.JsonSerializerOptions Json = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase) },
    };

    public static void MapReports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/dashboard", async (HttpContext http, IPeopleDirectory directory, DashboardLanguage language, CancellationToken ct) =>
            http.User.HasClaim(DashboardClaims.MustChangePassword, "true") ? Results.Redirect("/account/password")
            : await DashboardClaims.ViewerAsync(http.User, directory, ct) is null ? Results.Redirect("/signin")
            : Results.Content(DashboardPage.Render(language.For(http, remember: true), language.Catalogues, SignInPages.AntiforgeryField(http)), "text/html; charset=utf-8"))
            .RequireAuthorization();

        endpoints.MapGet("/api/me", async (HttpContext http, IPeopleDirectory directory, DashboardLanguage language, CancellationToken ct) =>
            await DashboardClaims.ViewerAsync(http.User, directory, ct) is { } viewer
                ? Results.Json(new { viewer.Name, Role = viewer.Role.Name(), viewer.PersonId, CanErase = viewer.Role.SeesEveryone() })
                : NoViewer(language.For(http))).RequireAuthorization();

        endpoints.MapGet("/api/reports/progress", ProgressAsync).RequireAuthorization();
        endpoints.MapDrillDown();
    }

    public static IResult NoViewer(TextCatalogue t) => ApiError.Create(StatusCodes.Status403Forbidden, t.Text("dashboard.error.no-viewer"));

    private static async Task<IResult> ProgressAsync(
        HttpContext http, IPeopleDirectory directory, ReportService reports, TimeProvider time, DashboardLanguage language,
        string? from, string? to, string? team, string? person, string? format, CancellationToken ct)
    {
        var (query, refusal) = await ReportQuery.ReadAsync(http, directory, time, language, from, to, team, person, ct);
        if (query is null)
        {
            return refusal!;
        }

        var (viewer, filter, t) = query;
        var kind = (format ?? "json").ToLowerInvariant();
        if (kind is not ("json" or "csv" or "xlsx"))
        {
            return ApiError.Create(StatusCodes.Status400BadRequest, t.Text("dashboard.error.format"));
        }

        var result = await reports.BuildAsync(viewer, filter, ct);
        if (result.Report is not { } built)
        {
            return query.Refuse(result);
        }

        var report = ReportWording.In(built, viewer, filter, t, language);

        var name = string.Create(CultureInfo.InvariantCulture, $"coachbot-progress-{report.From:yyyy-MM-dd}-to-{report.To:yyyy-MM-dd}");
        return kind switch
        {
            "csv" => Results.File(ReportExport.Csv(report, t), "text/csv; charset=utf-8", name + ".csv"),
            "xlsx" => Results.File(ReportExport.Xlsx(report, t), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx"),
            _ => Results.Json(report, Json),
        };
    }
}

using System.Globalization;
using System.Reflection;
using System.Text.Json.Serialization;
using CoachBot.Core.People;
using CoachBot.Core.Reports;
using CoachBot.Host.Dashboard.SignIn;
using CoachBot.Host.Http;

namespace CoachBot.Host.Dashboard;

/// <summary>The dashboard page and its data: the report as JSON, CSV or XLSX, the same filters and the same role checks.</summary>
internal static class ReportEndpoints
{
    private const int DefaultDays = 28;
    internal static readonly Lazy<string> Page = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("CoachBot.Dashboard.dashboard.html")!;
        return new StreamReader(stream).ReadToEnd();
    });

    private static readonly System.Text.Json.JsonSerializerOptions Json = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase) },
    };

    public static void MapReports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/dashboard", async (HttpContext http, IPeopleDirectory directory, CancellationToken ct) =>
            http.User.HasClaim(DashboardClaims.MustChangePassword, "true") ? Results.Redirect("/account/password")
            : await DashboardClaims.ViewerAsync(http.User, directory, ct) is null ? Results.Redirect("/signin")
            : Results.Content(Page.Value.Replace("{{antiforgery}}", SignInPages.AntiforgeryField(http), StringComparison.Ordinal), "text/html; charset=utf-8"))
            .RequireAuthorization();

        endpoints.MapGet("/api/me", async (HttpContext http, IPeopleDirectory directory, CancellationToken ct) =>
            await DashboardClaims.ViewerAsync(http.User, directory, ct) is { } viewer
                ? Results.Json(new { viewer.Name, Role = viewer.Role.Name(), viewer.PersonId, CanErase = viewer.Role.SeesEveryone() })
                : NoViewer()).RequireAuthorization();

        endpoints.MapGet("/api/reports/progress", ProgressAsync).RequireAuthorization();
    }

    public static IResult NoViewer() => ApiError.Create(StatusCodes.Status403Forbidden, "Your sign-in is not linked to a person in the directory, or you must first choose a password.");

    private static async Task<IResult> ProgressAsync(
        HttpContext http, IPeopleDirectory directory, ReportService reports, TimeProvider time,
        string? from, string? to, string? team, string? person, string? format, CancellationToken ct)
    {
        if (await DashboardClaims.ViewerAsync(http.User, directory, ct) is not { } viewer)
        {
            return NoViewer();
        }

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        if (!TryDate(to, today, out var last) || !TryDate(from, last.AddDays(1 - DefaultDays), out var first))
        {
            return ApiError.Create(StatusCodes.Status400BadRequest, "Dates are yyyy-MM-dd, e.g. from=2026-10-01&to=2026-10-28.");
        }

        var kind = (format ?? "json").ToLowerInvariant();
        if (kind is not ("json" or "csv" or "xlsx"))
        {
            return ApiError.Create(StatusCodes.Status400BadRequest, "format is json, csv or xlsx.");
        }

        var result = await reports.BuildAsync(viewer, new ProgressFilter(first, last, Blank(team), Blank(person)), ct);
        if (result.Report is not { } report)
        {
            var status = result.Error switch
            {
                ReportError.Forbidden => StatusCodes.Status403Forbidden,
                ReportError.NotFound => StatusCodes.Status404NotFound,
                _ => StatusCodes.Status400BadRequest,
            };
            return ApiError.Create(status, result.Message!);
        }

        var name = string.Create(CultureInfo.InvariantCulture, $"coachbot-progress-{report.From:yyyy-MM-dd}-to-{report.To:yyyy-MM-dd}");
        return kind switch
        {
            "csv" => Results.File(ReportExport.Csv(report), "text/csv; charset=utf-8", name + ".csv"),
            "xlsx" => Results.File(ReportExport.Xlsx(report), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx"),
            _ => Results.Json(report, Json),
        };
    }

    private static bool TryDate(string? text, DateOnly fallback, out DateOnly date)
    {
        date = fallback;
        return string.IsNullOrWhiteSpace(text) || DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

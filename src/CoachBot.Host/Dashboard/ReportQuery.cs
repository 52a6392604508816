using System.Globalization;
using CoachBot.Core.People;
using CoachBot.Core.Reports;
using CoachBot.Core.Texts;
using CoachBot.Host.Dashboard.SignIn;
using CoachBot.Host.Http;

namespace CoachBot.Host.Dashboard;

/// <summary>What every report endpoint reads first: who is asking, in which language, and the filter (dates default to the last 28 days).</summary>
internal sealed record ReportQuery(Viewer Viewer, ProgressFilter Filter, TextCatalogue Language)
{
    public const int DefaultDays = 28;

    /// <summary>The query, or the refusal to send (no viewer, bad dates).</summary>
    public static async Task<(ReportQuery? Query, IResult? Refusal)> ReadAsync(
        HttpContext http, IPeopleDirectory directory, TimeProvider time, DashboardLanguage language,
        string? from, string? to, string? team, string? person, CancellationToken ct)
    {
        var t = language.For(http);
        if (await DashboardClaims.ViewerAsync(http.User, directory, ct) is not { } viewer)
        {
            return (null, ReportEndpoints.NoViewer(t));
        }

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        if (!TryDate(to, today, out var last) || !TryDate(from, last.AddDays(1 - DefaultDays), out var first))
        {
            return (null, ApiError.Create(StatusCodes.Status400BadRequest, t.Text("dashboard.error.dates")));
        }

        return (new ReportQuery(viewer, new ProgressFilter(first, last, Blank(team), Blank(person)), t), null);
    }

    /// <summary>A refused report as an API error in the language.</summary>
    public IResult Refuse(ReportResult result) => ApiError.Create(
        result.Error switch
        {
            ReportError.Forbidden => StatusCodes.Status403Forbidden,
            ReportError.NotFound => StatusCodes.Status404NotFound,
            _ => StatusCodes.Status400BadRequest,
        },
        ReportWording.Refusal(result, Viewer, Filter, Language));

    private static bool TryDate(string? text, DateOnly fallback, out DateOnly date)
    {
        date = fallback;
        return string.IsNullOrWhiteSpace(text) || DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

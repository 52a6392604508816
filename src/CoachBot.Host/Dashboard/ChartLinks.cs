using CoachBot.Core.People;
using CoachBot.Core.Reports;

namespace CoachBot.Host.Dashboard;

/// <summary>
/// A chart link names who asked and for what, encrypted; opening it rebuilds the report with that person's role as it is
/// then, so a link outlives nobody's permissions. Chat messages stay around, so links work for 30 days.
/// </summary>
internal sealed class ChartLinks(ExpiringTokens tokens, PublicUrl publicUrl) : IChartLinks
{
    private const string Purpose = "CoachBot.ReportChart";
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(30);

    public string Create(string personId, ProgressFilter filter) =>
        $"{publicUrl.Base()}/api/charts/{tokens.Create(Purpose, new Request(personId, filter), Lifetime)}.png";

    public (string PersonId, ProgressFilter Filter)? Read(string token) =>
        tokens.Read<Request>(Purpose, token) is { } request ? (request.PersonId, request.Filter) : null;

    public static async Task<IResult> ServeAsync(string token, ChartLinks links, IPeopleDirectory directory, ReportService reports, CancellationToken ct)
    {
        var name = token.EndsWith(".png", StringComparison.Ordinal) ? token[..^4] : token;
        if (name.Length > 4096 || links.Read(name) is not { } request || await directory.FindAsync(request.PersonId, ct) is not { } person)
        {
            return Http.ApiError.Create(StatusCodes.Status404NotFound, "This chart link has expired or is not valid.");
        }

        var result = await reports.BuildAsync(new Viewer(person.Name, person.Role, person.Id), request.Filter, ct);
        return result.Report is { } report
            ? Results.File(ProgressChart.Png(report), "image/png")
            : Http.ApiError.Create(StatusCodes.Status403Forbidden, result.Message!);
    }

    private sealed record Request(string PersonId, ProgressFilter Filter);
}

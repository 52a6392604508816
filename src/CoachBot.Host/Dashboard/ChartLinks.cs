using System.Text.Json;
using CoachBot.Core.People;
using CoachBot.Core.Reports;
using Microsoft.AspNetCore.DataProtection;

namespace CoachBot.Host.Dashboard;

/// <summary>
/// A chart link names who asked and for what, encrypted; opening it rebuilds the report with that person's role as it is
/// then, so a link outlives nobody's permissions. Chat messages stay around, so links work for 30 days.
/// </summary>
internal sealed class ChartLinks(IDataProtectionProvider protection, PublicUrl publicUrl, TimeProvider time) : IChartLinks
{
    private const string Purpose = "CoachBot.ReportChart";
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(30);

    public string Create(string personId, ProgressFilter filter) =>
        $"{publicUrl.Base()}/api/charts/{Protector().Protect(JsonSerializer.Serialize(new Payload(personId, filter, time.GetUtcNow() + Lifetime)))}.png";

    public (string PersonId, ProgressFilter Filter)? Read(string token)
    {
        try
        {
            return JsonSerializer.Deserialize<Payload>(Protector().Unprotect(token)) is { } p && p.Expires > time.GetUtcNow() ? (p.PersonId, p.Filter) : null;
        }
        catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or FormatException or JsonException)
        {
            return null;
        }
    }

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

    private IDataProtector Protector() => protection.CreateProtector(Purpose);

    private sealed record Payload(string PersonId, ProgressFilter Filter, DateTimeOffset Expires);
}

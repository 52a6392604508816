using CoachBot.Core.People;
using CoachBot.Core.Reports;
using CoachBot.Core.Texts;

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

    /// <summary>
    /// The chart in the language of the person the link was made for (their own choice in chat, else their platform's),
    /// since whoever fetches the image (Teams, Slack) sends no language of theirs; <c>?lang=</c> overrides it.
    /// </summary>
    public static async Task<IResult> ServeAsync(
        string token, HttpContext http, ChartLinks links, IPeopleDirectory directory, ReportService reports, DashboardLanguage language,
        IUserLanguageStore stored, CancellationToken ct)
    {
        var name = token.EndsWith(".png", StringComparison.Ordinal) ? token[..^4] : token;
        if (name.Length > 4096 || links.Read(name) is not { } request || await directory.FindAsync(request.PersonId, ct) is not { } person)
        {
            return Http.ApiError.Create(StatusCodes.Status404NotFound, language.For(http).Text("dashboard.error.chart-link-expired"));
        }

        var t = language.Catalogues.Speaks(http.Request.Query[DashboardLanguage.Query].ToString()) ? language.For(http)
            : await StoredLanguageAsync(person, stored, language, ct) ?? language.For(http);
        var viewer = new Viewer(person.Name, person.Role, person.Id);
        var result = await reports.BuildAsync(viewer, request.Filter, ct);
        return result.Report is { } report
            ? Results.File(ProgressChart.Png(ReportWording.In(report, viewer, request.Filter, t, language), t), "image/png")
            : Http.ApiError.Create(StatusCodes.Status403Forbidden, ReportWording.Refusal(result, viewer, request.Filter, t));
    }

    private static async Task<TextCatalogue?> StoredLanguageAsync(Person person, IUserLanguageStore store, DashboardLanguage language, CancellationToken ct)
    {
        foreach (var account in person.Accounts)
        {
            if (await store.GetAsync(account.ChannelId, account.UserId, ct) is { } stored && language.Catalogues.CodeOf(stored.Chosen ?? stored.Platform) is { } code)
            {
                return language.Catalogues.For(code);
            }
        }

        return null;
    }

    private sealed record Request(string PersonId, ProgressFilter Filter);
}

using CoachBot.Core.People;
using CoachBot.Core.Reports;
using CoachBot.Core.Texts;
using CoachBot.Host.Dashboard;
using CoachBot.Host.Dashboard.SignIn;
using CoachBot.Host.Http;

namespace CoachBot.Host.Authoring;

/// <summary>Who may write scenarios: HR and admins signed in to the dashboard; a change must come from the dashboard's own script.</summary>
internal sealed class AuthorCheck(IPeopleDirectory directory, DashboardLanguage language)
{
    public async Task<(Viewer? Viewer, TextCatalogue Language, IResult? Refusal)> ReadAsync(HttpContext http, bool changes, CancellationToken ct)
    {
        var t = language.For(http);
        if (await DashboardClaims.ViewerAsync(http.User, directory, ct) is not { } viewer)
        {
            return (null, t, ReportEndpoints.NoViewer(t));
        }

        if (!viewer.Role.SeesEveryone())
        {
            return (null, t, ApiError.Create(StatusCodes.Status403Forbidden, t.Text("authoring.error.role")));
        }

        // A cross-site form cannot set a custom header, so this header shows the request came from the dashboard's own script.
        if (changes && !http.Request.Headers.ContainsKey(PrivacyEndpoints.StateChangeHeader))
        {
            return (null, t, ApiError.Create(StatusCodes.Status400BadRequest, t.Text("dashboard.error.erase-header", ("header", PrivacyEndpoints.StateChangeHeader))));
        }

        return (viewer, t, null);
    }
}

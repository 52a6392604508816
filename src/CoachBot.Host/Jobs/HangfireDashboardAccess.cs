using CoachBot.Core.People;
using CoachBot.Host.Dashboard.SignIn;
using Hangfire.Dashboard;

namespace CoachBot.Host.Jobs;

/// <summary>
/// /hangfire shows jobs with people's ids in them and can delete or retry jobs: HR and admins only, by their dashboard
/// sign-in (a socket address says nothing behind a proxy). A post must come from this host's own pages.
/// </summary>
internal sealed class HangfireDashboardAccess : IDashboardAsyncAuthorizationFilter
{
    public async Task<bool> AuthorizeAsync(DashboardContext context)
    {
        var http = context.GetHttpContext();
        if (HttpMethods.IsPost(http.Request.Method) && !SameOrigin(http))
        {
            return false;
        }

        var viewer = await DashboardClaims.ViewerAsync(http.User, http.RequestServices.GetRequiredService<IPeopleDirectory>(), http.RequestAborted);
        return viewer?.Role.SeesEveryone() == true;
    }

    private static bool SameOrigin(HttpContext http)
    {
        if (http.Request.Headers["Sec-Fetch-Site"].ToString() is "cross-site" or "same-site")
        {
            return false;
        }

        var origin = http.Request.Headers.Origin.ToString();
        return origin.Length == 0
            || (Uri.TryCreate(origin, UriKind.Absolute, out var uri) && string.Equals(uri.Authority, http.Request.Host.Value, StringComparison.OrdinalIgnoreCase)
                && string.Equals(uri.Scheme, http.Request.Scheme, StringComparison.OrdinalIgnoreCase));
    }
}

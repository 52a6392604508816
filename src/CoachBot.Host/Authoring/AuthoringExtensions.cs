using CoachBot.Core.Authoring;
using CoachBot.Core.People;
using CoachBot.Host.Dashboard;
using CoachBot.Host.Dashboard.SignIn;

namespace CoachBot.Host.Authoring;

internal static class AuthoringExtensions
{
    /// <summary>Scenarios HR writes in the dashboard, kept in the database beside <c>prompts/</c>.</summary>
    public static IServiceCollection AddAuthoring(this IServiceCollection services)
    {
        services.AddSingleton<ScenarioAuthoring>();
        services.AddSingleton<AuthorCheck>();
        services.AddHostedService<AuthoredScenarioRefresh>();
        return services;
    }

    /// <summary>The scenarios page (<c>/dashboard/scenarios</c>) and its JSON API, for HR and admins.</summary>
    public static IEndpointRouteBuilder MapAuthoring(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(AuthoringPage.Path, async (HttpContext http, IPeopleDirectory directory, DashboardLanguage language, CancellationToken ct) =>
        {
            if (http.User.HasClaim(DashboardClaims.MustChangePassword, "true"))
            {
                return Results.Redirect("/account/password");
            }

            var t = language.For(http, remember: true);
            return await DashboardClaims.ViewerAsync(http.User, directory, ct) switch
            {
                null => Results.Redirect("/signin"),
                { Role: var role } when !role.SeesEveryone() => Results.Text(t.Text("authoring.error.role"), "text/plain; charset=utf-8", statusCode: StatusCodes.Status403Forbidden),
                _ => Results.Content(AuthoringPage.Render(t, language.Catalogues, SignInPages.AntiforgeryField(http)), "text/html; charset=utf-8"),
            };
        }).RequireAuthorization();
        endpoints.MapAuthoringApi();
        return endpoints;
    }
}

using CoachBot.Core.People;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;

namespace CoachBot.Host.Dashboard.SignIn;

internal static class SignOutEndpoint
{
    /// <summary>
    /// POST /signout ends this sign-in and every copy of its cookie: the login's stamp changes. A Microsoft sign-in then
    /// goes on to Microsoft's sign-out, so the browser is not signed straight back in.
    /// </summary>
    public static void MapSignOut(this IEndpointRouteBuilder endpoints, bool entra) =>
        endpoints.MapPost("/signout", async (HttpContext http, ILocalLoginStore logins, CancellationToken ct) =>
        {
            if (await SignInForms.ReadAsync(http, ct) is { } rejected)
            {
                return rejected;
            }

            if (http.User.FindFirst(DashboardClaims.Stamp) is not null && http.User.FindFirst(DashboardClaims.Login)?.Value is { } login)
            {
                await logins.RevokeSignInsAsync(login, ct);
            }

            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return entra
                ? Results.SignOut(new AuthenticationProperties { RedirectUri = "/signin" }, [OpenIdConnectDefaults.AuthenticationScheme])
                : Results.Redirect("/signin");
        });
}

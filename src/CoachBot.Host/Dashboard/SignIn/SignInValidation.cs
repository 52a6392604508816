using CoachBot.Core.People;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace CoachBot.Host.Dashboard.SignIn;

/// <summary>
/// Checked on every request that carries a sign-in cookie: it is refused once it is older than the absolute lifetime
/// (sliding renewal or not), and once its login's security stamp has changed (signed out, a new password, `coachbot
/// sign-out`, the login or person erased), so a copied cookie dies with the session it came from.
/// </summary>
internal static class SignInValidation
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var user = context.Principal!;
        var lifetime = TimeSpan.FromHours(services.GetRequiredService<IOptions<DashboardOptions>>().Value.SignInAbsoluteHours);
        var refused = DashboardClaims.SignedInAtOf(user) is not { } at || services.GetRequiredService<TimeProvider>().GetUtcNow() - at > lifetime;
        if (!refused && user.FindFirst(DashboardClaims.Stamp)?.Value is { } stamp)
        {
            var login = await services.GetRequiredService<ILocalLoginStore>().FindAsync(user.FindFirst(DashboardClaims.Login)!.Value, context.HttpContext.RequestAborted);
            refused = login is null || !string.Equals(login.SecurityStamp, stamp, StringComparison.Ordinal);
        }
        else
        {
            refused = true; // a cookie without a stamp was issued before stamps existed
        }

        if (refused)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }
}

using CoachBot.Core.People;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace CoachBot.Host.Dashboard.SignIn;

/// <summary>Sign-in for the embedded default: "admin" or a person id, with a password; a one-time password must be replaced first.</summary>
internal static class LocalSignInEndpoints
{
    private const int MaxFailures = 5;
    private static readonly TimeSpan Lockout = TimeSpan.FromMinutes(15);

    public static void MapLocalSignIn(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/signin", (string? returnUrl) => SignInPages.SignIn(returnUrl));
        endpoints.MapPost("/signin", SignInAsync);
        endpoints.MapGet("/account/password", () => SignInPages.ChangePassword()).RequireAuthorization();
        endpoints.MapPost("/account/password", ChangePasswordAsync).RequireAuthorization();
        endpoints.MapPost("/signout", async (HttpContext http) =>
        {
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.Redirect("/signin");
        });
    }

    private static async Task<IResult> SignInAsync(HttpContext http, ILocalLoginStore logins, IPeopleDirectory directory, TimeProvider time, CancellationToken ct)
    {
        var form = await http.Request.ReadFormAsync(ct);
        var name = form["login"].ToString().Trim();
        var password = form["password"].ToString();
        var returnUrl = form["returnUrl"].ToString();
        const string refused = "That sign-in name and password do not match.";
        if (name.Length is 0 or > 256 || password.Length is 0 or > 256 || await logins.FindAsync(name, ct) is not { } login)
        {
            return SignInPages.SignIn(returnUrl, refused, StatusCodes.Status401Unauthorized);
        }

        var now = time.GetUtcNow();
        if (login.LockedUntil > now)
        {
            return SignInPages.SignIn(returnUrl, $"Too many failed attempts: try again after {login.LockedUntil:HH:mm} UTC.", StatusCodes.Status429TooManyRequests);
        }

        if (!PasswordHash.Verify(password, login.PasswordHash))
        {
            var failures = login.FailedAttempts + 1;
            await logins.SaveAsync(login with { FailedAttempts = failures, LockedUntil = failures >= MaxFailures ? now + Lockout : null }, ct);
            return SignInPages.SignIn(returnUrl, refused, StatusCodes.Status401Unauthorized);
        }

        var displayName = login.Login == LocalLogin.Admin ? "Admin" : (await directory.FindAsync(login.Login, ct))?.Name;
        if (displayName is null)
        {
            return SignInPages.SignIn(returnUrl, "This sign-in belongs to nobody in the directory any more.", StatusCodes.Status403Forbidden);
        }

        await logins.SaveAsync(login with { FailedAttempts = 0, LockedUntil = null }, ct);
        await http.SignInAsync(
            CookieAuthenticationDefaults.AuthenticationScheme,
            DashboardClaims.Principal(login.Login, displayName, login.MustChangePassword, CookieAuthenticationDefaults.AuthenticationScheme));
        return Results.Redirect(login.MustChangePassword ? "/account/password" : SafeReturn(returnUrl));
    }

    private static async Task<IResult> ChangePasswordAsync(HttpContext http, ILocalLoginStore logins, CancellationToken ct)
    {
        var form = await http.Request.ReadFormAsync(ct);
        var loginName = http.User.FindFirst(DashboardClaims.Login)!.Value;
        var password = form["password"].ToString();
        if (await logins.FindAsync(loginName, ct) is not { } login || !PasswordHash.Verify(form["current"].ToString(), login.PasswordHash))
        {
            return SignInPages.ChangePassword("The current password is not right.", StatusCodes.Status400BadRequest);
        }

        var problem = PasswordHash.ProblemWith(password)
            ?? (password != form["confirm"].ToString() ? "The two new passwords differ." : null)
            ?? (password == form["current"].ToString() ? "Choose a password different from the one-time password." : null);
        if (problem is not null)
        {
            return SignInPages.ChangePassword(problem, StatusCodes.Status400BadRequest);
        }

        await logins.SaveAsync(login with { PasswordHash = PasswordHash.Create(password), MustChangePassword = false }, ct);
        await http.SignInAsync(
            CookieAuthenticationDefaults.AuthenticationScheme,
            DashboardClaims.Principal(loginName, http.User.Identity!.Name!, mustChangePassword: false, CookieAuthenticationDefaults.AuthenticationScheme));
        return Results.Redirect("/dashboard");
    }

    /// <summary>Only a local path: never an open redirect to another site.</summary>
    private static string SafeReturn(string? url) =>
        url is { Length: > 1 } && url[0] == '/' && url[1] != '/' && url[1] != '\\' ? url : "/dashboard";
}

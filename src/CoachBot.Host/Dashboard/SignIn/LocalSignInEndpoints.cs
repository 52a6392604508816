using CoachBot.Core.People;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace CoachBot.Host.Dashboard.SignIn;

/// <summary>Sign-in for the embedded default: "admin" or a person id, with a password; a one-time password must be replaced first.</summary>
internal static class LocalSignInEndpoints
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan Lockout = TimeSpan.FromMinutes(15);

    /// <summary>The same words for a wrong name, a wrong password and a locked sign-in: none of them says whether the name exists.</summary>
    public const string Refused = "dashboard.signin.refused";

    public static void MapLocalSignIn(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/signin", (HttpContext http, string? returnUrl) => SignInPages.SignIn(http, returnUrl));
        endpoints.MapPost("/signin", SignInAsync);
        endpoints.MapGet("/account/password", (HttpContext http) => SignInPages.ChangePassword(http)).RequireAuthorization();
        endpoints.MapPost("/account/password", ChangePasswordAsync).RequireAuthorization();
    }

    private static async Task<IResult> SignInAsync(HttpContext http, ILocalLoginStore logins, IPeopleDirectory directory, TimeProvider time, IOptions<DashboardOptions> options, CancellationToken ct)
    {
        if (await SignInForms.ReadAsync(http, ct) is { } rejected)
        {
            return rejected;
        }

        var t = SignInPages.Texts(http);
        var form = http.Request.Form;
        var name = form["login"].ToString().Trim();
        var password = form["password"].ToString();
        var returnUrl = form["returnUrl"].ToString();
        var now = time.GetUtcNow();
        var login = name.Length is 0 or > 256 || password.Length is 0 or > 256 ? null : await logins.FindAsync(name, ct);
        if (login is null || !await logins.TryCountAttemptAsync(login.Login, MaxFailures, now, Lockout, ct))
        {
            PasswordHash.Verify(password, PasswordHash.Dummy); // an unknown or locked name costs what a known one does
            return SignInPages.SignIn(http, returnUrl, t.Text(Refused), StatusCodes.Status401Unauthorized);
        }

        if (!PasswordHash.Verify(password, login.PasswordHash))
        {
            return SignInPages.SignIn(http, returnUrl, t.Text(Refused), StatusCodes.Status401Unauthorized);
        }

        if (login.MustChangePassword && login.OneTimeExpires is { } expires && expires <= now)
        {
            return SignInPages.SignIn(http, returnUrl, t.Text("dashboard.signin.expired"), StatusCodes.Status401Unauthorized);
        }

        var displayName = login.Login == LocalLogin.Admin ? "Admin" : (await directory.FindAsync(login.Login, ct))?.Name;
        if (displayName is null)
        {
            return SignInPages.SignIn(http, returnUrl, t.Text("dashboard.signin.nobody"), StatusCodes.Status403Forbidden);
        }

        var current = await logins.FindAsync(login.Login, ct) ?? login;
        var stamp = string.IsNullOrEmpty(current.SecurityStamp) ? LocalLogin.NewSecurityStamp() : current.SecurityStamp;
        await logins.SaveAsync(current with
        {
            FailedAttempts = 0,
            LockedUntil = null,
            PasswordHash = PasswordHash.NeedsRehash(current.PasswordHash) ? PasswordHash.Create(password) : current.PasswordHash,
            SecurityStamp = stamp,
        }, ct);
        await http.SignInAsync(
            CookieAuthenticationDefaults.AuthenticationScheme,
            DashboardClaims.Principal(login.Login, displayName, login.MustChangePassword, CookieAuthenticationDefaults.AuthenticationScheme, now, stamp));
        return Results.Redirect(login.MustChangePassword ? "/account/password" : SignInForms.LocalPathOrDashboard(returnUrl));
    }

    private static async Task<IResult> ChangePasswordAsync(HttpContext http, ILocalLoginStore logins, TimeProvider time, CancellationToken ct)
    {
        if (await SignInForms.ReadAsync(http, ct) is { } rejected)
        {
            return rejected;
        }

        var t = SignInPages.Texts(http);
        var form = http.Request.Form;
        var loginName = http.User.FindFirst(DashboardClaims.Login)!.Value;
        var password = form["password"].ToString();
        if (await logins.FindAsync(loginName, ct) is not { } login || !PasswordHash.Verify(form["current"].ToString(), login.PasswordHash))
        {
            return SignInPages.ChangePassword(http, t.Text("dashboard.password.wrong-current"), StatusCodes.Status400BadRequest);
        }

        var problem = password.Length < PasswordHash.MinLength ? t.Text("dashboard.password.too-short", ("min", PasswordHash.MinLength))
            : PasswordHash.ProblemWith(password) is not null ? t.Text("dashboard.password.too-long", ("max", 256))
            : password != form["confirm"].ToString() ? t.Text("dashboard.password.differ")
            : password == form["current"].ToString() ? t.Text("dashboard.password.same")
            : null;
        if (problem is not null)
        {
            return SignInPages.ChangePassword(http, problem, StatusCodes.Status400BadRequest);
        }

        // A new stamp: any other session of this login ends with the old password.
        var stamp = LocalLogin.NewSecurityStamp();
        await logins.SaveAsync(login with { PasswordHash = PasswordHash.Create(password), MustChangePassword = false, OneTimeExpires = null, SecurityStamp = stamp }, ct);
        await http.SignInAsync(
            CookieAuthenticationDefaults.AuthenticationScheme,
            DashboardClaims.Principal(loginName, http.User.Identity!.Name!, mustChangePassword: false, CookieAuthenticationDefaults.AuthenticationScheme, time.GetUtcNow(), stamp));
        return Results.Redirect("/dashboard");
    }
}

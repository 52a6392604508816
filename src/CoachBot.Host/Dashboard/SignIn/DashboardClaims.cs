using System.Security.Claims;
using CoachBot.Core.People;
using CoachBot.Core.Reports;

namespace CoachBot.Host.Dashboard.SignIn;

/// <summary>
/// A signed-in user carries only who they are ("admin" or a person id); their role is read from the directory on every
/// request, so a changed or erased person is seen at once.
/// </summary>
internal static class DashboardClaims
{
    public const string Login = "coachbot:login";
    public const string MustChangePassword = "coachbot:must-change-password";

    public static ClaimsPrincipal Principal(string login, string name, bool mustChangePassword, string scheme)
    {
        var claims = new List<Claim> { new(Login, login), new(ClaimTypes.Name, name) };
        if (mustChangePassword)
        {
            claims.Add(new Claim(MustChangePassword, "true"));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }

    public static async Task<Viewer?> ViewerAsync(ClaimsPrincipal user, IPeopleDirectory directory, CancellationToken ct)
    {
        if (user.FindFirst(Login)?.Value is not { } login || user.HasClaim(MustChangePassword, "true"))
        {
            return null;
        }

        if (login == LocalLogin.Admin)
        {
            return new Viewer("Admin", Role.Admin, null);
        }

        return await directory.FindAsync(login, ct) is { } person ? new Viewer(person.Name, person.Role, person.Id) : null;
    }
}

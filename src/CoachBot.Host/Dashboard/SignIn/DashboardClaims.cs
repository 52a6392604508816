using System.Globalization;
using System.Security.Claims;
using CoachBot.Core.People;
using CoachBot.Core.Reports;

namespace CoachBot.Host.Dashboard.SignIn;

/// <summary>
/// A signed-in user carries only who they are ("admin" or a person id); their role is read from the directory on every
/// request, so a changed or erased person is seen at once. Every sign-in, local or Microsoft, also carries its login's
/// security stamp and the time it was made, for <see cref="SignInValidation"/>.
/// </summary>
internal static class DashboardClaims
{
    public const string Login = "coachbot:login";
    public const string MustChangePassword = "coachbot:must-change-password";
    public const string Stamp = "coachbot:stamp";
    public const string SignedInAt = "coachbot:signed-in-at";

    /// <summary>Only the local admin sign-in has it: a person imported with the id "admin" is not the admin.</summary>
    public const string LocalAdmin = "coachbot:local-admin";

    /// <param name="viaEntra">A Microsoft sign-in: never the local admin, whatever the person's id.</param>
    public static ClaimsPrincipal Principal(string login, string name, bool mustChangePassword, string scheme, DateTimeOffset signedInAt, string? stamp = null, bool viaEntra = false)
    {
        var claims = new List<Claim>
        {
            new(Login, login),
            new(ClaimTypes.Name, name),
            new(SignedInAt, signedInAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)),
        };
        if (mustChangePassword)
        {
            claims.Add(new Claim(MustChangePassword, "true"));
        }

        if (stamp is not null)
        {
            claims.Add(new Claim(Stamp, stamp));
            if (login == LocalLogin.Admin && !viaEntra)
            {
                claims.Add(new Claim(LocalAdmin, "true"));
            }
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }

    public static DateTimeOffset? SignedInAtOf(ClaimsPrincipal user) =>
        long.TryParse(user.FindFirst(SignedInAt)?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null;

    public static async Task<Viewer?> ViewerAsync(ClaimsPrincipal user, IPeopleDirectory directory, CancellationToken ct)
    {
        if (user.FindFirst(Login)?.Value is not { } login || user.HasClaim(MustChangePassword, "true"))
        {
            return null;
        }

        if (login == LocalLogin.Admin)
        {
            return user.HasClaim(LocalAdmin, "true") ? new Viewer("Admin", Role.Admin, null) : null;
        }

        return await directory.FindAsync(login, ct) is { } person ? new Viewer(person.Name, person.Role, person.Id) : null;
    }
}

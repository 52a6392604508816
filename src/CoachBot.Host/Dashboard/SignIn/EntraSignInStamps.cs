using CoachBot.Core.People;

namespace CoachBot.Host.Dashboard.SignIn;

/// <summary>
/// A Microsoft sign-in carries a security stamp like a local one, kept in the person's row of local_logins (made at their
/// first Microsoft sign-in, with a password field no password matches), so signing out, or an admin's
/// <c>coachbot sign-out PERSON-ID</c>, ends every copy of the cookie, as for a local sign-in.
/// </summary>
internal sealed class EntraSignInStamps(ILocalLoginStore logins)
{
    /// <summary>Not a PBKDF2 hash: <see cref="PasswordHash.Verify"/> is false for every password.</summary>
    public const string NoPassword = "entra:no-password";

    public async Task<string> CurrentAsync(string personId, CancellationToken ct)
    {
        if (await logins.FindAsync(personId, ct) is { SecurityStamp: { Length: > 0 } stamp })
        {
            return stamp;
        }

        await logins.TryAddAsync(new LocalLogin(personId, NoPassword, MustChangePassword: false), ct);
        return (await logins.FindAsync(personId, ct))!.SecurityStamp!;
    }
}

namespace CoachBot.Core.People;

/// <summary>Dashboard sign-ins for the embedded default (no Entra ID): "admin", or a person's id.</summary>
public interface ILocalLoginStore
{
    Task<LocalLogin?> FindAsync(string login, CancellationToken cancellationToken);

    /// <summary>Adds the login only when it does not exist yet; false when it already did.</summary>
    Task<bool> TryAddAsync(LocalLogin login, CancellationToken cancellationToken);

    /// <summary>Adds or replaces the login; without a security stamp it gets a new one, which signs out every cookie issued before.</summary>
    Task SaveAsync(LocalLogin login, CancellationToken cancellationToken);

    /// <summary>
    /// Counts one password try against the login, in one statement, before the password is checked: false when the login
    /// is locked (or unknown). The try that reaches <paramref name="maxTries"/> locks it until now + <paramref name="lockout"/>;
    /// the first try after a lockout has run out starts the count again.
    /// </summary>
    Task<bool> TryCountAttemptAsync(string login, int maxTries, DateTimeOffset now, TimeSpan lockout, CancellationToken cancellationToken);

    /// <summary>A new security stamp: every cookie issued for this login stops working.</summary>
    Task RevokeSignInsAsync(string login, CancellationToken cancellationToken);
}

/// <param name="OneTimeExpires">When a one-time password (<paramref name="MustChangePassword"/>) stops working.</param>
/// <param name="SecurityStamp">Changes whenever every sign-in of this login must end (sign-out, a new password).</param>
public sealed record LocalLogin(
    string Login,
    string PasswordHash,
    bool MustChangePassword,
    int FailedAttempts = 0,
    DateTimeOffset? LockedUntil = null,
    DateTimeOffset? OneTimeExpires = null,
    string? SecurityStamp = null)
{
    public const string Admin = "admin";

    public static string NewSecurityStamp() => Guid.NewGuid().ToString("N");
}

namespace CoachBot.Core.People;

/// <summary>Dashboard sign-ins for the embedded default (no Entra ID): "admin", or a person's id.</summary>
public interface ILocalLoginStore
{
    Task<LocalLogin?> FindAsync(string login, CancellationToken cancellationToken);

    /// <summary>Adds the login only when it does not exist yet; false when it already did.</summary>
    Task<bool> TryAddAsync(LocalLogin login, CancellationToken cancellationToken);

    Task SaveAsync(LocalLogin login, CancellationToken cancellationToken);
}

public sealed record LocalLogin(string Login, string PasswordHash, bool MustChangePassword, int FailedAttempts = 0, DateTimeOffset? LockedUntil = null)
{
    public const string Admin = "admin";
}

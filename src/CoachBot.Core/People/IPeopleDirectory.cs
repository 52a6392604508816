namespace CoachBot.Core.People;

public interface IPeopleDirectory
{
    Task<IReadOnlyList<Person>> ListAsync(CancellationToken cancellationToken);

    Task<Person?> FindAsync(string personId, CancellationToken cancellationToken);

    Task<Person?> FindByAccountAsync(string channelId, string userId, CancellationToken cancellationToken);

    Task<Person?> FindByEmailAsync(string email, CancellationToken cancellationToken);

    /// <summary>The person linked to this Microsoft Entra ID account (tenant id, object id), which never changes, unlike an e-mail.</summary>
    Task<Person?> FindByEntraIdAsync(string tenantId, string objectId, CancellationToken cancellationToken);

    /// <summary>
    /// The person's Entra ID account, if any. Links <paramref name="tenantId"/>/<paramref name="objectId"/> to the person when
    /// they have none yet; false when they are linked to another account (or the account to another person).
    /// </summary>
    Task<bool> TryLinkEntraIdAsync(string personId, string tenantId, string objectId, CancellationToken cancellationToken);

    /// <summary>Adds or updates every person in one transaction; accounts listed for a person replace theirs.</summary>
    Task<ImportResult> ImportAsync(IReadOnlyList<Person> people, CancellationToken cancellationToken);
}

public sealed record ImportResult(int Added, int Updated);

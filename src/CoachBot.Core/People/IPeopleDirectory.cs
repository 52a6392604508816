namespace CoachBot.Core.People;

public interface IPeopleDirectory
{
    Task<IReadOnlyList<Person>> ListAsync(CancellationToken cancellationToken);

    Task<Person?> FindAsync(string personId, CancellationToken cancellationToken);

    Task<Person?> FindByAccountAsync(string channelId, string userId, CancellationToken cancellationToken);

    Task<Person?> FindByEmailAsync(string email, CancellationToken cancellationToken);

    /// <summary>Adds or updates every person in one transaction; accounts listed for a person replace theirs.</summary>
    Task<ImportResult> ImportAsync(IReadOnlyList<Person> people, CancellationToken cancellationToken);
}

public sealed record ImportResult(int Added, int Updated);

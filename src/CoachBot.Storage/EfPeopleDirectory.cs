using CoachBot.Core.People;
using Microsoft.EntityFrameworkCore;

namespace CoachBot.Storage;

internal sealed class EfPeopleDirectory(IDbContextFactory<CoachBotDbContext> contexts) : IPeopleDirectory
{
    public async Task<IReadOnlyList<Person>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.People.AsNoTracking().Include(p => p.Accounts).ToListAsync(cancellationToken);
        return rows.Select(ToPerson).ToList();
    }

    public Task<Person?> FindAsync(string personId, CancellationToken cancellationToken) =>
        FindOneAsync(db => db.People.Where(p => p.Id == personId), cancellationToken);

    public Task<Person?> FindByAccountAsync(string channelId, string userId, CancellationToken cancellationToken) =>
        FindOneAsync(db => db.People.Where(p => p.Accounts.Any(a => a.ChannelId == channelId && a.UserId == userId)), cancellationToken);

    public Task<Person?> FindByEmailAsync(string email, CancellationToken cancellationToken)
    {
        var normalised = email.Trim().ToLowerInvariant();
        return FindOneAsync(db => db.People.Where(p => p.Email != null && p.Email.ToLower() == normalised), cancellationToken);
    }

    public Task<Person?> FindByEntraIdAsync(string tenantId, string objectId, CancellationToken cancellationToken) =>
        FindOneAsync(db => db.People.Where(p => p.EntraTenantId == tenantId && p.EntraObjectId == objectId), cancellationToken);

    public async Task<bool> TryLinkEntraIdAsync(string personId, string tenantId, string objectId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var writing = await db.WriteLockAsync(cancellationToken);
        if (await db.People.AnyAsync(p => p.Id == personId && p.EntraTenantId == tenantId && p.EntraObjectId == objectId, cancellationToken))
        {
            return true;
        }

        try
        {
            return await db.People.Where(p => p.Id == personId && p.EntraObjectId == null)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.EntraTenantId, tenantId).SetProperty(p => p.EntraObjectId, objectId), cancellationToken) == 1;
        }
        catch (DbUpdateException)
        {
            return false; // the account is linked to someone else (unique index)
        }
    }

    public async Task<ImportResult> ImportAsync(IReadOnlyList<Person> people, CancellationToken cancellationToken)
    {
        if (people.FirstOrDefault(p => p.Id.Equals(LocalLogin.Admin, StringComparison.OrdinalIgnoreCase)) is { } reserved)
        {
            throw new ArgumentException($"The id \"{reserved.Id}\" is reserved for the built-in admin sign-in.", nameof(people));
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var writing = await db.WriteLockAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var ids = people.Select(p => p.Id).ToList();
        var existing = await db.People.Include(p => p.Accounts).Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);

        // An account moves to whoever the import names; remove it from its old owner first.
        var accounts = people.SelectMany(p => p.Accounts).ToList();
        var channels = accounts.Select(a => a.ChannelId).Distinct().ToList();
        var users = accounts.Select(a => a.UserId).Distinct().ToList();
        var claimed = await db.PersonAccounts.Where(a => channels.Contains(a.ChannelId) && users.Contains(a.UserId)).ToListAsync(cancellationToken);
        db.PersonAccounts.RemoveRange(claimed.Where(c => accounts.Contains(new ChatAccount(c.ChannelId, c.UserId)) && !ids.Contains(c.PersonId)));

        foreach (var person in people)
        {
            if (!existing.TryGetValue(person.Id, out var row))
            {
                row = new PersonRow { Id = person.Id, Name = person.Name, Role = person.Role.Name() };
                db.People.Add(row);
            }

            row.Name = person.Name;
            row.Email = person.Email;
            row.Team = person.Team;
            row.ManagerId = person.ManagerId;
            row.Role = person.Role.Name();
            row.TimeZone = person.TimeZone;
            row.Language = person.Language;
            IReadOnlyList<ChatAccount> theirs = [.. person.Accounts.Where(a => a.ChannelId != WebAccount.ChannelId), WebAccount.Of(person.Id)];
            row.Accounts.RemoveAll(a => !theirs.Contains(new ChatAccount(a.ChannelId, a.UserId)));
            row.Accounts.AddRange(theirs
                .Where(a => !row.Accounts.Any(r => r.ChannelId == a.ChannelId && r.UserId == a.UserId))
                .Select(a => new PersonAccountRow { ChannelId = a.ChannelId, UserId = a.UserId, PersonId = person.Id }));
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ImportResult(people.Count(p => !existing.ContainsKey(p.Id)), existing.Count);
    }

    private async Task<Person?> FindOneAsync(Func<CoachBotDbContext, IQueryable<PersonRow>> query, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await query(db).AsNoTracking().Include(p => p.Accounts).FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : ToPerson(row);
    }

    private static Person ToPerson(PersonRow row) => new(
        row.Id,
        row.Name,
        row.Email,
        row.Team,
        row.ManagerId,
        RoleNames.TryParse(row.Role, out var role) ? role : Role.Employee,
        row.Accounts.Select(a => new ChatAccount(a.ChannelId, a.UserId)).OrderBy(a => a.ChannelId, StringComparer.Ordinal).ToList(),
        row.TimeZone,
        row.Language);
}

using CoachBot.Core.People;
using Microsoft.EntityFrameworkCore;

namespace CoachBot.Storage;

internal sealed class EfLocalLoginStore(IDbContextFactory<CoachBotDbContext> contexts) : ILocalLoginStore
{
    public async Task<LocalLogin?> FindAsync(string login, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.LocalLogins.AsNoTracking().SingleOrDefaultAsync(l => l.Login == login, cancellationToken);
        return row is null
            ? null
            : new LocalLogin(row.Login, row.PasswordHash, row.MustChangePassword, row.FailedAttempts,
                row.LockedUntilUtc is { } until ? new DateTimeOffset(DateTime.SpecifyKind(until, DateTimeKind.Utc)) : null);
    }

    public async Task<bool> TryAddAsync(LocalLogin login, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var writing = await db.WriteLockAsync(cancellationToken);
        if (await db.LocalLogins.AnyAsync(l => l.Login == login.Login, cancellationToken))
        {
            return false;
        }

        db.LocalLogins.Add(ToRow(login));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            return false; // another host added it first
        }
    }

    public async Task SaveAsync(LocalLogin login, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var writing = await db.WriteLockAsync(cancellationToken);
        var row = ToRow(login);
        if (await db.LocalLogins.AnyAsync(l => l.Login == login.Login, cancellationToken))
        {
            db.LocalLogins.Update(row);
        }
        else
        {
            db.LocalLogins.Add(row);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static LocalLoginRow ToRow(LocalLogin login) => new()
    {
        Login = login.Login,
        PasswordHash = login.PasswordHash,
        MustChangePassword = login.MustChangePassword,
        FailedAttempts = login.FailedAttempts,
        LockedUntilUtc = login.LockedUntil?.UtcDateTime,
    };
}

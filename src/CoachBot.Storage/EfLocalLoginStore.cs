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
            : new LocalLogin(row.Login, row.PasswordHash, row.MustChangePassword, row.FailedAttempts, Utc(row.LockedUntilUtc), Utc(row.OneTimeExpiresUtc), row.SecurityStamp);
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

    /// <summary>One UPDATE decides, so parallel tries cannot all read the same count: SET sees the row as it was before.</summary>
    public async Task<bool> TryCountAttemptAsync(string login, int maxTries, DateTimeOffset now, TimeSpan lockout, CancellationToken cancellationToken)
    {
        var at = now.UtcDateTime;
        var until = (now + lockout).UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var writing = await db.WriteLockAsync(cancellationToken);
        return await db.LocalLogins
            .Where(l => l.Login == login && (l.LockedUntilUtc == null || l.LockedUntilUtc <= at))
            .ExecuteUpdateAsync(s => s
                .SetProperty(l => l.FailedAttempts, l => l.LockedUntilUtc == null ? l.FailedAttempts + 1 : 1)
                .SetProperty(l => l.LockedUntilUtc, l => (l.LockedUntilUtc == null ? l.FailedAttempts + 1 : 1) >= maxTries ? until : (DateTime?)null),
                cancellationToken) == 1;
    }

    public async Task RevokeSignInsAsync(string login, CancellationToken cancellationToken)
    {
        var stamp = LocalLogin.NewSecurityStamp();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var writing = await db.WriteLockAsync(cancellationToken);
        await db.LocalLogins.Where(l => l.Login == login).ExecuteUpdateAsync(s => s.SetProperty(l => l.SecurityStamp, stamp), cancellationToken);
    }

    private static DateTimeOffset? Utc(DateTime? value) => value is { } v ? new DateTimeOffset(DateTime.SpecifyKind(v, DateTimeKind.Utc)) : null;

    private static LocalLoginRow ToRow(LocalLogin login) => new()
    {
        Login = login.Login,
        PasswordHash = login.PasswordHash,
        MustChangePassword = login.MustChangePassword,
        FailedAttempts = login.FailedAttempts,
        LockedUntilUtc = login.LockedUntil?.UtcDateTime,
        OneTimeExpiresUtc = login.OneTimeExpires?.UtcDateTime,
        SecurityStamp = string.IsNullOrEmpty(login.SecurityStamp) ? LocalLogin.NewSecurityStamp() : login.SecurityStamp,
    };
}

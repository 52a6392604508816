using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace CoachBot.Storage;

/// <summary>
/// Instances that start together on one PostgreSQL database migrate one after the other: each holds a session-level
/// advisory lock while it migrates, and the next one then finds nothing left to apply. The lock ends with the session, so
/// an instance that dies while migrating does not leave the others waiting. SQLite needs none: EF Core takes its own
/// lock in the file (__EFMigrationsLock), and the file is one instance's anyway.
/// </summary>
internal static class MigrationLock
{
    // Any fixed number, the same for every CoachBot instance: "CoachBot" in ASCII.
    private const long Key = 0x436F_6163_6842_6F74;

    public static async Task<IAsyncDisposable> AcquireAsync(DbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.ProviderName != "Npgsql.EntityFrameworkCore.PostgreSQL")
        {
            return NoLock.Instance;
        }

        await CreateDatabaseIfMissingAsync(db, cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken); // held open: the lock belongs to this session
        await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_lock({Key})", cancellationToken);
        return new Held(db);
    }

    private static async Task CreateDatabaseIfMissingAsync(DbContext db, CancellationToken cancellationToken)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (await creator.ExistsAsync(cancellationToken))
        {
            return;
        }

        try
        {
            await creator.CreateAsync(cancellationToken);
        }
        catch (Exception) when (creator.Exists())
        {
            // another instance created it first
        }
    }

    private sealed class Held(DbContext db) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_unlock({Key})");
            await db.Database.CloseConnectionAsync();
        }
    }

    private sealed class NoLock : IAsyncDisposable
    {
        public static readonly NoLock Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

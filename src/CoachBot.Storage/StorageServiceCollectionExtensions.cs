using CoachBot.Core.Coaching;
using CoachBot.Core.People;
using CoachBot.Core.Reports;
using CoachBot.Core.Scheduling;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>SQLite at a file path resolved when first needed: the embedded default.</summary>
    public static IServiceCollection AddSqliteStorage(this IServiceCollection services, Func<IServiceProvider, string> databasePath) =>
        services.AddStorage((sp, o) => o.UseCoachBotSqlite(databasePath(sp)));

    /// <summary>
    /// The SQLite file at <paramref name="databasePath"/>, its folder created on first use. A write waits up to
    /// <paramref name="busyTimeoutSeconds"/> for a lock another process holds, then fails as an outage. With
    /// <paramref name="checkpointInBackground"/>, commits leave the WAL to grow, and <see cref="SqliteCheckpointer"/> must run.
    /// </summary>
    public static DbContextOptionsBuilder UseCoachBotSqlite(
        this DbContextOptionsBuilder options, string databasePath, int busyTimeoutSeconds = 30, bool checkpointInBackground = false)
    {
        var path = Path.GetFullPath(databasePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return options.UseSqlite(new SqliteConnectionStringBuilder { DataSource = path, DefaultTimeout = busyTimeoutSeconds }.ToString())
            .AddInterceptors(new SqlitePragmas(busyTimeoutSeconds, checkpointInBackground));
    }

    /// <summary>The stores over whichever provider <paramref name="configure"/> picks.</summary>
    public static IServiceCollection AddStorage(this IServiceCollection services, Action<IServiceProvider, DbContextOptionsBuilder> configure)
    {
        services.AddPooledDbContextFactory<CoachBotDbContext>(configure); // a context per store call: pooling skips rebuilding its services each time
        services.AddSingleton<GroupCommit>();
        services.AddSingleton<SqliteCheckpointer>();
        services.AddSingleton<RecentReferences>();
        services.AddSingleton<ICoachingStore, EfCoachingStore>();
        services.AddSingleton<IConversationReferenceStore, EfConversationReferenceStore>();
        services.AddSingleton<IInboundEventLog, EfInboundEventLog>();
        services.AddSingleton<Core.Delivery.IReplyOutbox, EfReplyOutbox>();
        services.AddSingleton<Core.Texts.IUserLanguageStore, EfUserLanguageStore>();
        services.AddSingleton<IPracticeChoiceStore, EfPracticeChoiceStore>();
        services.AddSingleton<Core.Spacing.IScenarioHistory, EfScenarioHistory>();
        services.AddSingleton<INudgeStore, EfNudgeStore>();
        services.AddSingleton<INudgeDeliveryLog, EfNudgeDeliveryLog>();
        services.AddSingleton<IWaitingPromptStore, EfWaitingPromptStore>();
        services.AddSingleton<IPeopleDirectory, EfPeopleDirectory>();
        services.AddSingleton<IProgressReadModel, EfProgressReadModel>();
        services.AddSingleton<IAnswerReadModel, EfAnswerReadModel>();
        services.AddSingleton<IPersonalData, EfPersonalData>();
        services.AddSingleton<ILocalLoginStore, EfLocalLoginStore>();
        services.AddSingleton<Core.Authoring.IAuthoredScenarioStore, EfAuthoredScenarioStore>();
        return services;
    }

    /// <summary>Creates the database on first run and applies checked-in migrations, one instance at a time (<see cref="MigrationLock"/>).</summary>
    /// <returns>The migrations this call applied.</returns>
    public static async Task<IReadOnlyList<string>> MigrateStorageAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var contexts = services.GetRequiredService<IDbContextFactory<CoachBotDbContext>>();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        List<string> applied;
        await using (await MigrationLock.AcquireAsync(db, cancellationToken))
        {
            applied = [.. await db.Database.GetPendingMigrationsAsync(cancellationToken)];
            await db.Database.MigrateAsync(cancellationToken);
        }

        if (db.Database.IsSqlite())
        {
            // WAL lets readers (reports, progress) run while an answer is being written.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        return applied;
    }

    /// <summary>The checked-in migrations the database lacks (a host that does not migrate at start refuses to run with any).</summary>
    public static async Task<IReadOnlyList<string>> PendingMigrationsAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var contexts = services.GetRequiredService<IDbContextFactory<CoachBotDbContext>>();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return [.. await db.Database.GetPendingMigrationsAsync(cancellationToken)];
    }
}

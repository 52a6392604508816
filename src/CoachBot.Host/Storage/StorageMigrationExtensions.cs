using CoachBot.Host.Configuration;
using CoachBot.Storage;
using Microsoft.Extensions.Options;

namespace CoachBot.Host.Storage;

internal static partial class StorageMigrationExtensions
{
    /// <summary>
    /// Migrates at start (any number of instances at once: they take turns under a database lock), or, with
    /// Storage:MigrateOnStart=false, refuses to start on a database that `coachbot migrate` has not brought up to date.
    /// </summary>
    public static async Task MigrateOrCheckStorageAsync(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<StorageOptions>>().Value.MigrateOnStart)
        {
            var applied = await app.Services.MigrateStorageAsync();
            if (applied.Count > 0)
            {
                LogApplied(app.Logger, applied.Count, string.Join(", ", applied));
            }

            return;
        }

        var pending = await app.Services.PendingMigrationsAsync();
        if (pending.Count > 0)
        {
            throw new StartupProblem($"The database lacks {pending.Count} migration(s), the last {pending[^1]}, and Storage:MigrateOnStart is false: run `coachbot migrate` first.");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied {Count} database migration(s): {Migrations}")]
    private static partial void LogApplied(ILogger logger, int count, string migrations);
}

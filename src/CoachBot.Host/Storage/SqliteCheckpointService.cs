using CoachBot.Storage;
using Microsoft.Data.Sqlite;

namespace CoachBot.Host.Storage;

/// <summary>Checkpoints the SQLite WAL every second, so that no answer's commit has to (see <see cref="SqliteCheckpointer"/>).</summary>
internal sealed partial class SqliteCheckpointService(SqliteCheckpointer checkpointer, ILogger<SqliteCheckpointService> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                if (!await checkpointer.CheckpointAsync(stoppingToken))
                {
                    return; // PostgreSQL
                }
            }
            catch (SqliteException e)
            {
                LogFailed(e); // e.g. another process holds the file: the next tick tries again
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "SQLite checkpoint failed; trying again in a second")]
    private partial void LogFailed(Exception error);
}

using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CoachBot.Storage;

/// <summary>
/// Copies the SQLite write-ahead log into the database file off the request path; the host calls it once a second. Left to
/// SQLite, the commit that crosses 1,000 WAL pages does that copy and its fsync itself, and every answer queued behind the
/// single writer waits for it: under load that was a third of the p99. PASSIVE never waits for readers or writers, and the
/// next writer starts the log again from the beginning once all of it has been copied.
/// </summary>
public sealed class SqliteCheckpointer(IDbContextFactory<CoachBotDbContext> contexts) : IAsyncDisposable
{
    private SqliteConnection? _connection;

    /// <summary>One PASSIVE checkpoint; false when the database is not SQLite.</summary>
    public async Task<bool> CheckpointAsync(CancellationToken cancellationToken)
    {
        if (_connection is null)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            if (!db.Database.IsSqlite())
            {
                return false;
            }

            _connection = new SqliteConnection(db.Database.GetConnectionString());
            await _connection.OpenAsync(cancellationToken);
        }

        await using var command = _connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
        await command.ExecuteNonQueryAsync(cancellationToken);
        return true;
    }

    public ValueTask DisposeAsync() => _connection?.DisposeAsync() ?? ValueTask.CompletedTask;
}

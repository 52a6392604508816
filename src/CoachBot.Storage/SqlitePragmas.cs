using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CoachBot.Storage;

/// <summary>
/// Per-connection SQLite settings. With WAL, synchronous=NORMAL syncs at checkpoints rather than at every commit: a crash
/// of the process loses nothing, a power cut may lose the last commits. busy_timeout lets SQLite wait for the writer lock
/// in short steps instead of failing at once and being retried after a long sleep. With a background checkpointer, the
/// commit that crosses 1,000 WAL pages no longer copies them into the database file and syncs it in the writer's turn.
/// secure_delete zeroes what a delete or an update leaves behind, so an erased answer cannot be read back from the file.
/// </summary>
internal sealed class SqlitePragmas(int busyTimeoutSeconds, bool checkpointInBackground) : DbConnectionInterceptor
{
    private readonly string _pragmas = $"PRAGMA synchronous=NORMAL; PRAGMA secure_delete=ON; PRAGMA busy_timeout={busyTimeoutSeconds * 1000};"
        + (checkpointInBackground ? " PRAGMA wal_autocheckpoint=0;" : "");

    /// <summary>The physical connections (Microsoft.Data.Sqlite pools them) that have the settings already: they last as long as it.</summary>
    private readonly ConditionalWeakTable<object, object> _configured = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (IsNew(connection))
        {
            Apply(connection);
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (!IsNew(connection))
        {
            return;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = _pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private bool IsNew(DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } handle } || _configured.TryAdd(handle, handle);

    private void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = _pragmas;
        command.ExecuteNonQuery();
    }
}

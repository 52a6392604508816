using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;

namespace CoachBot.Storage;

/// <summary>
/// The hot writes (answers, dialog state, Slack event ids) on SQLite, where one writer at a time is all there is: writes
/// that queue up while a transaction runs are committed together in the next one, under one hold of the writer lock. Each
/// caller still returns only once its own write is committed. If a shared transaction fails, its writes are redone one by
/// one, so one bad write fails alone. On PostgreSQL each write is simply its own transaction.
/// </summary>
internal sealed class GroupCommit(IDbContextFactory<CoachBotDbContext> contexts)
{
    private const int MostPerTransaction = 64;
    private readonly Channel<IPendingWrite> _queue = Channel.CreateUnbounded<IPendingWrite>();
    private bool? _isSqlite;
    private int _draining;

    /// <summary>Runs <paramref name="write"/> inside a transaction (perhaps shared); it may call SaveChanges, and must not commit.</summary>
    public async Task<T> RunAsync<T>(Func<CoachBotDbContext, CancellationToken, Task<T>> write, CancellationToken cancellationToken)
    {
        if (!await IsSqliteAsync(cancellationToken))
        {
            var result = default(T)!;
            await ConflictRetry.RunAsync(async ct => result = await RunAloneAsync(write, ct), cancellationToken);
            return result;
        }

        var pending = new PendingWrite<T>(write, cancellationToken);
        _queue.Writer.TryWrite(pending);
        if (Interlocked.CompareExchange(ref _draining, 1, 0) == 0)
        {
            _ = Task.Run(DrainAsync, CancellationToken.None);
        }

        return await pending.Result.Task;
    }

    private async Task<T> RunAloneAsync<T>(Func<CoachBotDbContext, CancellationToken, Task<T>> write, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var writing = await db.WriteLockAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var result = await write(db, ct);
        await transaction.CommitAsync(ct);
        return result;
    }

    private async Task DrainAsync()
    {
        while (true)
        {
            var batch = new List<IPendingWrite>();
            while (batch.Count < MostPerTransaction && _queue.Reader.TryRead(out var next))
            {
                if (!next.Cancelled)
                {
                    batch.Add(next);
                }
            }

            if (batch.Count == 0)
            {
                Volatile.Write(ref _draining, 0);
                if (!_queue.Reader.TryPeek(out _) || Interlocked.CompareExchange(ref _draining, 1, 0) != 0)
                {
                    return; // nothing left, or a new caller started another drain
                }

                continue;
            }

            await CommitAsync(batch);
        }
    }

    private async Task CommitAsync(List<IPendingWrite> batch)
    {
        try
        {
            await RunTogetherAsync(batch);
            batch.ForEach(w => w.Complete());
        }
        catch (Exception e) when (batch.Count > 1 && !IsLockedOut(e))
        {
            foreach (var write in batch)
            {
                await CommitAsync([write]);
            }
        }
        catch (Exception e)
        {
            // Locked out (another process holds the file past the busy timeout): one by one, each would wait that long again.
            batch.ForEach(w => w.Fail(e));
        }
    }

    private async Task RunTogetherAsync(List<IPendingWrite> batch)
    {
        await using var db = await contexts.CreateDbContextAsync();
        await using var writing = await db.WriteLockAsync(CancellationToken.None);
        await using var transaction = await db.Database.BeginTransactionAsync();
        foreach (var write in batch)
        {
            await write.RunAsync(db);
            db.ChangeTracker.Clear(); // saved already; keeping them tracked makes each later SaveChanges slower
        }

        await transaction.CommitAsync();
    }

    private static bool IsLockedOut(Exception e) =>
        e is Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 5 or 6 } || (e.InnerException is { } inner && IsLockedOut(inner));

    private async ValueTask<bool> IsSqliteAsync(CancellationToken cancellationToken)
    {
        if (_isSqlite is null)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            _isSqlite = db.Database.IsSqlite();
        }

        return _isSqlite.Value;
    }

    private interface IPendingWrite
    {
        bool Cancelled { get; }

        Task RunAsync(CoachBotDbContext db);

        void Complete();

        void Fail(Exception error);
    }

    private sealed class PendingWrite<T>(Func<CoachBotDbContext, CancellationToken, Task<T>> write, CancellationToken cancellationToken) : IPendingWrite
    {
        private T _value = default!;

        public TaskCompletionSource<T> Result { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool Cancelled => cancellationToken.IsCancellationRequested && Result.TrySetCanceled(cancellationToken);

        // Once in a transaction a write runs to the end: the caller's token no longer stops it.
        public async Task RunAsync(CoachBotDbContext db) => _value = await write(db, CancellationToken.None);

        public void Complete() => Result.TrySetResult(_value);

        public void Fail(Exception error) => Result.TrySetException(error);
    }
}

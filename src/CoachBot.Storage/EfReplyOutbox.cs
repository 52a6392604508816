using CoachBot.Core.Delivery;
using Microsoft.EntityFrameworkCore;

namespace CoachBot.Storage;

/// <summary>
/// The reply outbox in the database, shared by every instance. A claim is a conditional UPDATE of ClaimedUntilUtc, so two
/// instances never both take the same reply; a claim left by an instance that died lapses at its time.
/// </summary>
internal sealed class EfReplyOutbox(IDbContextFactory<CoachBotDbContext> contexts) : IReplyOutbox
{
    public async Task AddAsync(string target, string conversation, IReadOnlyList<string> payloads, DateTimeOffset now, DateTimeOffset due, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var writing = await db.WriteLockAsync(cancellationToken);
        db.ReplyOutbox.AddRange(payloads.Select(p => new ReplyOutboxRow
        {
            Target = target, Conversation = conversation, Payload = p, DueAtUtc = due.UtcDateTime, CreatedAtUtc = now.UtcDateTime,
        }));
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<bool> IsWaitingAsync(string target, string conversation, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ReplyOutbox.AnyAsync(r => r.Target == target && r.Conversation == conversation, cancellationToken);
    }

    public async Task<IReadOnlyList<WaitingReply>> ListHeadsAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var at = now.UtcDateTime;
        var rows = await db.ReplyOutbox.AsNoTracking()
            .Where(r => (r.ClaimedUntilUtc == null || r.ClaimedUntilUtc < at)
                && !db.ReplyOutbox.Any(e => e.Target == r.Target && e.Conversation == r.Conversation && e.Id < r.Id))
            .OrderBy(r => r.Id).Take(limit).ToListAsync(cancellationToken);
        return rows.Select(From).ToList();
    }

    public async Task<WaitingReply?> NextAsync(WaitingReply reply, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.ReplyOutbox.AsNoTracking()
            .Where(r => r.Target == reply.Target && r.Conversation == reply.Conversation && r.Id > reply.Id)
            .OrderBy(r => r.Id).FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : From(row);
    }

    public async Task<bool> TryClaimAsync(long id, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var writing = await db.WriteLockAsync(cancellationToken);
        var (at, end) = (now.UtcDateTime, until.UtcDateTime);
        return await db.ReplyOutbox.Where(r => r.Id == id && (r.ClaimedUntilUtc == null || r.ClaimedUntilUtc < at))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.ClaimedUntilUtc, end), cancellationToken) == 1;
    }

    public async Task RemoveAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var writing = await db.WriteLockAsync(cancellationToken);
        await db.ReplyOutbox.Where(r => r.Id == id).ExecuteDeleteAsync(cancellationToken);
    }

    public async Task RetryLaterAsync(long id, int attempts, DateTimeOffset due, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var writing = await db.WriteLockAsync(cancellationToken);
        var at = due.UtcDateTime;
        await db.ReplyOutbox.Where(r => r.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.Attempts, attempts).SetProperty(r => r.DueAtUtc, at).SetProperty(r => r.ClaimedUntilUtc, (DateTime?)null), cancellationToken);
    }

    public async Task ReleaseAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var writing = await db.WriteLockAsync(cancellationToken);
        await db.ReplyOutbox.Where(r => r.Id == id).ExecuteUpdateAsync(s => s.SetProperty(r => r.ClaimedUntilUtc, (DateTime?)null), cancellationToken);
    }

    public async Task<int> CountAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ReplyOutbox.CountAsync(cancellationToken);
    }

    private static WaitingReply From(ReplyOutboxRow r) => new(
        r.Id, r.Target, r.Conversation, r.Payload, r.Attempts,
        new DateTimeOffset(DateTime.SpecifyKind(r.DueAtUtc, DateTimeKind.Utc)), new DateTimeOffset(DateTime.SpecifyKind(r.CreatedAtUtc, DateTimeKind.Utc)));
}

using CoachBot.Core.Coaching;
using Microsoft.EntityFrameworkCore;

namespace CoachBot.Storage;

internal sealed class EfInboundEventLog(GroupCommit writes) : IInboundEventLog
{
    public async Task<int> ForgetBeforeAsync(string source, DateTimeOffset before, CancellationToken cancellationToken)
    {
        var cutoff = before.UtcDateTime;
        return await writes.RunAsync((db, ct) => db.InboundEvents.Where(e => e.Source == source && e.ReceivedAtUtc < cutoff).ExecuteDeleteAsync(ct), cancellationToken);
    }

    /// <summary>
    /// The primary key decides: a retry of a delivery already taken, by this host, another one, or earlier in the same
    /// shared transaction, inserts nothing.
    /// </summary>
    public async Task<bool> TryRecordAsync(string source, string eventId, DateTimeOffset now, CancellationToken cancellationToken) =>
        await writes.RunAsync((db, ct) => db.Database.ExecuteSqlAsync($"""
            INSERT INTO inbound_events ("Source", "EventId", "ReceivedAtUtc") VALUES ({source}, {eventId}, {now.UtcDateTime})
            ON CONFLICT ("Source", "EventId") DO NOTHING
            """, ct), cancellationToken) == 1;
}

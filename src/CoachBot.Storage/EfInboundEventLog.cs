using CoachBot.Core.Coaching;
using Microsoft.EntityFrameworkCore;

namespace CoachBot.Storage;

internal sealed class EfInboundEventLog(GroupCommit writes) : IInboundEventLog
{
    public async Task<bool> TryRecordAsync(string source, string eventId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            return await writes.RunAsync(async (db, ct) =>
            {
                if (await db.InboundEvents.AnyAsync(e => e.Source == source && e.EventId == eventId, ct))
                {
                    return false; // a retry of a delivery already taken, perhaps in this same transaction
                }

                db.InboundEvents.Add(new InboundEventRow { Source = source, EventId = eventId, ReceivedAtUtc = now.UtcDateTime });
                await db.SaveChangesAsync(ct);
                return true;
            }, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The primary key says another host got there first.
            return false;
        }
    }
}

using CoachBot.Core.Coaching;
using Microsoft.EntityFrameworkCore;

namespace CoachBot.Storage;

internal sealed class EfInboundEventLog(IDbContextFactory<CoachBotDbContext> contexts) : IInboundEventLog
{
    public async Task<bool> TryRecordAsync(string source, string eventId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var writing = await db.WriteLockAsync(cancellationToken);
        db.InboundEvents.Add(new InboundEventRow { Source = source, EventId = eventId, ReceivedAtUtc = now.UtcDateTime });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // The primary key says another delivery (or another host) got there first.
            return false;
        }
    }
}

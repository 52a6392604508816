using System.Globalization;
using CoachBot.Core.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace CoachBot.Storage;

internal sealed class EfNudgeDeliveryLog(IDbContextFactory<CoachBotDbContext> contexts) : INudgeDeliveryLog
{
    public async Task<Guid?> TryClaimAsync(Guid scheduleId, string userId, DateOnly localDate, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var writing = await db.WriteLockAsync(cancellationToken);
        var row = new NudgeDeliveryRow
        {
            Id = Guid.NewGuid(), ScheduleId = scheduleId, UserId = userId, LocalDate = localDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Status = nameof(NudgeDeliveryStatus.Pending), ClaimedAtUtc = now.UtcDateTime,
        };
        db.NudgeDeliveries.Add(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return row.Id;
        }
        catch (DbUpdateException)
        {
            return null; // the unique (schedule, person, date) key: someone claimed it first
        }
    }

    public async Task<NudgeDelivery?> GetAsync(Guid deliveryId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.NudgeDeliveries.AsNoTracking().SingleOrDefaultAsync(r => r.Id == deliveryId, cancellationToken);
        return row is null ? null : From(row);
    }

    public async Task MarkAsync(Guid deliveryId, NudgeDeliveryStatus status, string? detail, string? scenarioId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var writing = await db.WriteLockAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var name = status.ToString();
        var becameSent = status == NudgeDeliveryStatus.Sent
            && await db.NudgeDeliveries.Where(r => r.Id == deliveryId && r.Status != name).ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, name), cancellationToken) == 1;
        await db.NudgeDeliveries.Where(r => r.Id == deliveryId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, name).SetProperty(r => r.Detail, detail).SetProperty(r => r.ScenarioId, scenarioId), cancellationToken);
        if (becameSent && await db.NudgeDeliveries.Where(r => r.Id == deliveryId)
                .Select(r => new { r.UserId, r.ClaimedAtUtc, db.NudgeSchedules.First(s => s.Id == r.ScheduleId).ChannelId })
                .SingleOrDefaultAsync(cancellationToken) is { } sent)
        {
            await ProgressRollups.RecordNudgeSentAsync(db, sent.ChannelId, sent.UserId, sent.ClaimedAtUtc, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Guid>> ListPendingAsync(DateTimeOffset claimedSince, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var since = claimedSince.UtcDateTime;
        const string pending = nameof(NudgeDeliveryStatus.Pending);
        const string sending = nameof(NudgeDeliveryStatus.Sending);
        return await db.NudgeDeliveries.AsNoTracking().Where(r => (r.Status == pending || r.Status == sending) && r.ClaimedAtUtc >= since).Select(r => r.Id).ToListAsync(cancellationToken);
    }

    public async Task<bool> TryMarkSendingAsync(Guid deliveryId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var writing = await db.WriteLockAsync(cancellationToken);
        const string pending = nameof(NudgeDeliveryStatus.Pending);
        const string sending = nameof(NudgeDeliveryStatus.Sending);
        return await db.NudgeDeliveries.Where(r => r.Id == deliveryId && r.Status == pending)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, sending), cancellationToken) == 1;
    }

    public async Task<IReadOnlyList<NudgeDelivery>> ListAsync(Guid scheduleId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return (await db.NudgeDeliveries.AsNoTracking().Where(r => r.ScheduleId == scheduleId).ToListAsync(cancellationToken)).Select(From).ToList();
    }

    private static NudgeDelivery From(NudgeDeliveryRow r) => new(r.Id, r.ScheduleId, r.UserId,
        DateOnly.ParseExact(r.LocalDate, "yyyy-MM-dd", CultureInfo.InvariantCulture), Enum.Parse<NudgeDeliveryStatus>(r.Status), r.Detail, r.ScenarioId);
}

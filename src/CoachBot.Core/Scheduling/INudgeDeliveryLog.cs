namespace CoachBot.Core.Scheduling;

/// <summary>Deliveries keyed by (schedule, person, local date): claiming one twice, on any host, fails.</summary>
public interface INudgeDeliveryLog
{
    /// <returns>The new delivery's id, or null when that (schedule, person, date) was already claimed.</returns>
    Task<Guid?> TryClaimAsync(Guid scheduleId, string userId, DateOnly localDate, DateTimeOffset now, CancellationToken cancellationToken);

    Task<NudgeDelivery?> GetAsync(Guid deliveryId, CancellationToken cancellationToken);

    Task MarkAsync(Guid deliveryId, NudgeDeliveryStatus status, string? detail, string? scenarioId, CancellationToken cancellationToken);

    Task<IReadOnlyList<NudgeDelivery>> ListAsync(Guid scheduleId, CancellationToken cancellationToken);

    /// <summary>Pending → Sending; false when the delivery is not pending (already being sent, sent, failed or refused).</summary>
    Task<bool> TryMarkSendingAsync(Guid deliveryId, CancellationToken cancellationToken);

    /// <summary>Deliveries claimed since the given time and not yet sent, failed or refused (pending or caught mid-send).</summary>
    Task<IReadOnlyList<Guid>> ListPendingAsync(DateTimeOffset claimedSince, CancellationToken cancellationToken);
}

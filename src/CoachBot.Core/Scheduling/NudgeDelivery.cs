namespace CoachBot.Core.Scheduling;

public enum NudgeDeliveryStatus
{
    Pending,
    Sent,
    Failed,
    Unreachable,
}

/// <summary>One prompt for one person on one local date: the unit that is delivered once.</summary>
public sealed record NudgeDelivery(Guid Id, Guid ScheduleId, string UserId, DateOnly LocalDate, NudgeDeliveryStatus Status, string? Detail, string? ScenarioId);

namespace CoachBot.Core.Scheduling;

public enum NudgeDeliveryStatus
{
    Pending,
    Sent,
    Failed,
    Unreachable,

    /// <summary>Being posted: if the host stops now, the platform is asked whether the post arrived before it is sent again.</summary>
    Sending,
}

/// <summary>One prompt for one person on one local date: the unit that is delivered once.</summary>
public sealed record NudgeDelivery(Guid Id, Guid ScheduleId, string UserId, DateOnly LocalDate, NudgeDeliveryStatus Status, string? Detail, string? ScenarioId);

namespace CoachBot.Storage;

internal sealed class NudgeDeliveryRow
{
    public Guid Id { get; set; }
    public Guid ScheduleId { get; set; }
    public required string UserId { get; set; }

    /// <summary>yyyy-MM-dd in the recipient's time zone; unique with ScheduleId and UserId.</summary>
    public required string LocalDate { get; set; }
    public required string Status { get; set; }
    public string? Detail { get; set; }
    public string? ScenarioId { get; set; }
    public DateTime ClaimedAtUtc { get; set; }

    /// <summary>When the recipient first answered the prompt's scenario.</summary>
    public DateTime? AnsweredAtUtc { get; set; }
}

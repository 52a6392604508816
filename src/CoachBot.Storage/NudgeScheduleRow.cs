namespace CoachBot.Storage;

internal sealed class NudgeScheduleRow
{
    public Guid Id { get; set; }
    public required string ChannelId { get; set; }
    public required string OwnerId { get; set; }
    public bool Paused { get; set; }

    /// <summary>The whole schedule (recipients, rule, content) as JSON; queried only by owner and by Paused.</summary>
    public required string Json { get; set; }
}

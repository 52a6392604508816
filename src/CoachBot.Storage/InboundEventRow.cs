namespace CoachBot.Storage;

internal sealed class InboundEventRow
{
    public required string Source { get; set; }
    public required string EventId { get; set; }
    public DateTime ReceivedAtUtc { get; set; }
}

namespace CoachBot.Storage;

internal sealed class ReplyOutboxRow
{
    /// <summary>Increasing: the order replies were kept in, and so the order they are posted in per conversation.</summary>
    public long Id { get; set; }
    public required string Target { get; set; }
    public required string Conversation { get; set; }
    public required string Payload { get; set; }
    public int Attempts { get; set; }
    public DateTime DueAtUtc { get; set; }
    public DateTime? ClaimedUntilUtc { get; set; }
    public DateTime CreatedAtUtc { get; set; }
}

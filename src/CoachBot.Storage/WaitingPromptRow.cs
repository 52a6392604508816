namespace CoachBot.Storage;

/// <summary>A scheduled prompt waiting for its person to open the web page: the reply as sent, as JSON.</summary>
internal sealed class WaitingPromptRow
{
    public Guid DeliveryId { get; set; }
    public required string ChannelId { get; set; }
    public required string UserId { get; set; }
    public string? ScenarioId { get; set; }
    public required string Reply { get; set; }
    public DateTime CreatedAtUtc { get; set; }
}

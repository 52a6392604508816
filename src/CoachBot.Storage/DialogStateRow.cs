namespace CoachBot.Storage;

internal sealed class DialogStateRow
{
    public required string ChannelId { get; set; }
    public required string ConversationId { get; set; }
    public required string UserId { get; set; }
    public string? OpenScenarioId { get; set; }

    /// <summary>Newest last, separated by spaces (scenario ids have none).</summary>
    public string RecentScenarioIds { get; set; } = "";
    public DateTime UpdatedAtUtc { get; set; }
}

namespace CoachBot.Storage;

/// <summary>The last time a scenario was given to a chat account, or posted in a channel (its conversation id as the recipient).</summary>
internal sealed class ScenarioGivenRow
{
    public required string ChannelId { get; set; }
    public required string RecipientId { get; set; }
    public required string ScenarioId { get; set; }
    public DateTime GivenAtUtc { get; set; }
}

namespace CoachBot.Storage;

/// <summary>A chat account's language: the one they chose (<c>language ru</c>) and the one their platform last reported.</summary>
internal sealed class UserLanguageRow
{
    public required string ChannelId { get; set; }
    public required string UserId { get; set; }
    public string? Chosen { get; set; }
    public string? Platform { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
}

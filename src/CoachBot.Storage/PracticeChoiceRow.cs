namespace CoachBot.Storage;

/// <summary>A chat account's chosen industry (null: every industry, mixed) and the scenario ids given since, comma-separated.</summary>
internal sealed class PracticeChoiceRow
{
    public required string ChannelId { get; set; }
    public required string UserId { get; set; }
    public string? Industry { get; set; }
    public string Seen { get; set; } = "";
    public DateTime UpdatedAtUtc { get; set; }
}

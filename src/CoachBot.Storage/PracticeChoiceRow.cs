namespace CoachBot.Storage;

/// <summary>A chat account's chosen industry (null: every industry, mixed), and when they chose to go through it again.</summary>
internal sealed class PracticeChoiceRow
{
    public required string ChannelId { get; set; }
    public required string UserId { get; set; }
    public string? Industry { get; set; }
    public DateTime? AgainSinceUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
}

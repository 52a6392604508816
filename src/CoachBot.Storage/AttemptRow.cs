namespace CoachBot.Storage;

internal sealed class AttemptRow
{
    public Guid Id { get; set; }
    public required string ChannelId { get; set; }
    public required string ConversationId { get; set; }
    public required string UserId { get; set; }
    public required string ScenarioId { get; set; }
    public required string Answer { get; set; }
    public required string ScorerName { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public List<AttemptScoreRow> Scores { get; set; } = [];
}

namespace CoachBot.Storage;

internal sealed class ConversationReferenceRow
{
    public required string ChannelId { get; set; }
    public required string Scope { get; set; }
    public required string ScopeId { get; set; }
    public string? ConversationId { get; set; }
    public string? ServiceUrl { get; set; }
    public string? TenantId { get; set; }
    public string? BotId { get; set; }
    public string? BotName { get; set; }
    public string? UserName { get; set; }
    public bool ServiceUrlTrusted { get; set; }
    public DateTime? WelcomedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
}

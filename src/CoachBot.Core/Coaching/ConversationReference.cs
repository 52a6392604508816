namespace CoachBot.Core.Coaching;

public enum ReferenceScope
{
    /// <summary>A person's 1:1 conversation with the bot.</summary>
    User,

    /// <summary>A channel or group conversation the bot is in.</summary>
    Conversation,
}

/// <summary>
/// Where a proactive message to a person or a channel goes, as the channel last told us. ServiceUrlTrusted is
/// true only when a validated inbound token vouched for the service URL (or the channel needs no token).
/// </summary>
public sealed record ConversationReference(
    string ChannelId,
    ReferenceScope Scope,
    string ScopeId,
    string? ConversationId,
    string? ServiceUrl,
    string? TenantId,
    string? BotId,
    string? BotName,
    string? UserName,
    bool ServiceUrlTrusted,
    DateTimeOffset UpdatedAt);

namespace CoachBot.Core.Coaching;

/// <summary>Who is talking, in which conversation, on which channel. Dialog state is keyed by it.</summary>
public sealed record ChatAddress(string ChannelId, string ConversationId, string UserId)
{
    /// <summary>
    /// Nobody vouched for this user id (the web chat, a Bot Framework client without a token): the address is never
    /// linked to a person in the directory and never has a manager, HR or admin role.
    /// </summary>
    public bool IsAnonymous { get; init; }
}

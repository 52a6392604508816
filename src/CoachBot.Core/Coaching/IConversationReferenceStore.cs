namespace CoachBot.Core.Coaching;

/// <summary>Persisted conversation references, for proactive messages and welcome-once.</summary>
public interface IConversationReferenceStore
{
    Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken);

    Task<ConversationReference?> FindAsync(string channelId, ReferenceScope scope, string scopeId, CancellationToken cancellationToken);

    /// <summary>True the first time for this person on this channel; false ever after.</summary>
    Task<bool> TryMarkWelcomedAsync(string channelId, string userId, DateTimeOffset now, CancellationToken cancellationToken);
}

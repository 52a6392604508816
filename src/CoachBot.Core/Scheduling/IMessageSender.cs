using CoachBot.Core.Coaching;

namespace CoachBot.Core.Scheduling;

/// <summary>The outcome of a proactive send: delivered into a conversation, or refused by the platform for good.</summary>
public sealed record SendResult(string? ConversationId, string? UnreachableReason)
{
    public static SendResult Delivered(string conversationId) => new(conversationId, null);

    public static SendResult Unreachable(string reason) => new(null, reason);
}

public sealed record FoundPrompt(string ConversationId, string? ScenarioId);

/// <summary>
/// One chat platform's proactive messaging. Transient trouble (5xx, timeouts) throws so the job retries;
/// a permanent refusal (not installed, channel_not_found, blocked) comes back as Unreachable.
/// </summary>
public interface IMessageSender
{
    string ChannelId { get; }

    Task<SendResult> SendToUserAsync(string userId, BotReply reply, CancellationToken cancellationToken);

    /// <summary>Posts into a channel or group conversation the bot is in.</summary>
    Task<SendResult> SendToConversationAsync(string conversationId, BotReply reply, CancellationToken cancellationToken);

    /// <summary>
    /// A prompt posted with <see cref="BotReply.Tag"/> = the delivery id, found again in the person's conversation after a
    /// crash; null when it is not there or the platform cannot tell (then it is sent again: at least once).
    /// </summary>
    Task<FoundPrompt?> FindPromptAsync(string userId, Guid deliveryId, DateTimeOffset since, CancellationToken cancellationToken) =>
        Task.FromResult<FoundPrompt?>(null);

    /// <summary>
    /// Whether <paramref name="member"/> is in the conversation <paramref name="conversationId"/>, so a manager posts
    /// prompts only where they could post themself. Unless the platform can list a conversation's members, only the
    /// conversation the command came from counts (in a channel thread, its channel).
    /// </summary>
    Task<bool> IsMemberAsync(string conversationId, ChatAddress member, CancellationToken cancellationToken) =>
        Task.FromResult(string.Equals(conversationId.Split(';')[0], member.ConversationId.Split(';')[0], StringComparison.Ordinal));

    /// <summary>The person's IANA time zone from their profile, or null when the platform does not say.</summary>
    Task<string?> TimeZoneOfAsync(string userId, CancellationToken cancellationToken);
}

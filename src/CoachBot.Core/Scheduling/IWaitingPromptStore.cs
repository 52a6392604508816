using CoachBot.Core.Coaching;

namespace CoachBot.Core.Scheduling;

/// <summary>
/// Prompts for a channel that cannot push (the signed-in web page): kept in the database until the person comes to look,
/// then handed out once.
/// </summary>
public interface IWaitingPromptStore
{
    /// <summary>Keeps the prompt of this delivery; the same delivery again (a retried job) is kept once.</summary>
    Task AddAsync(Guid deliveryId, string channelId, string userId, BotReply prompt, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>The delivery's prompt if it is still waiting.</summary>
    Task<FoundPrompt?> FindAsync(Guid deliveryId, CancellationToken cancellationToken);

    /// <summary>
    /// The newest prompt waiting for the person, removed as it is taken so it is shown once, even to two pages asking at
    /// the same moment; older ones still waiting are dropped (their scenario is no longer the open one).
    /// </summary>
    Task<BotReply?> TakeNewestAsync(string channelId, string userId, CancellationToken cancellationToken);
}

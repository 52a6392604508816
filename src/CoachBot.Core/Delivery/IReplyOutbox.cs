namespace CoachBot.Core.Delivery;

/// <summary>
/// Replies a channel could not post when they were due, kept until they are posted: in order per conversation, by whichever
/// instance claims them first. A target names the channel that posts them; a payload is that channel's own text.
/// </summary>
public interface IReplyOutbox
{
    /// <summary>Keeps <paramref name="payloads"/>, in their order, behind any replies of the conversation already waiting.</summary>
    Task AddAsync(string target, string conversation, IReadOnlyList<string> payloads, DateTimeOffset now, DateTimeOffset due, CancellationToken cancellationToken);

    /// <summary>Whether the conversation has replies waiting: a new reply must then wait behind them.</summary>
    Task<bool> IsWaitingAsync(string target, string conversation, CancellationToken cancellationToken);

    /// <summary>The first waiting reply of each conversation that no instance holds a claim on (due or not).</summary>
    Task<IReadOnlyList<WaitingReply>> ListHeadsAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken);

    /// <summary>The reply waiting right after <paramref name="reply"/> in its conversation, if any.</summary>
    Task<WaitingReply?> NextAsync(WaitingReply reply, CancellationToken cancellationToken);

    /// <summary>True for the one caller that claims the reply until <paramref name="until"/>; false when another holds it or it is gone.</summary>
    Task<bool> TryClaimAsync(long id, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken);

    /// <summary>Posted (or given up): forgotten.</summary>
    Task RemoveAsync(long id, CancellationToken cancellationToken);

    /// <summary>Still refused: tried again at <paramref name="due"/>, by any instance.</summary>
    Task RetryLaterAsync(long id, int attempts, DateTimeOffset due, CancellationToken cancellationToken);

    /// <summary>Gives the claim up without trying (the instance is stopping).</summary>
    Task ReleaseAsync(long id, CancellationToken cancellationToken);

    Task<int> CountAsync(CancellationToken cancellationToken);
}

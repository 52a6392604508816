using CoachBot.Core.Delivery;
using Microsoft.Extensions.Options;

namespace CoachBot.Host.Channels.Delivery;

/// <summary>
/// Replies that Slack or the Bot Connector could not take when they were due (an outage, not a refusal): kept in the
/// database outbox and posted later, in their order per conversation, by this instance or another, after a restart too.
/// The answer itself was stored before any reply was tried.
/// </summary>
internal sealed partial class ReplyRedelivery(IReplyOutbox outbox, TimeProvider time, IOptions<RedeliveryOptions> options, RedeliverySignal signal, ILogger<ReplyRedelivery> logger)
{
    public async Task LaterAsync(string target, string conversation, IReadOnlyList<string> posts, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await outbox.AddAsync(target, conversation, posts, now, now + options.Value.FirstDelay, ct);
        LogDeferred(posts.Count, target, options.Value.FirstDelay.TotalSeconds);
        signal.Wake();
    }

    /// <summary>A conversation with replies waiting: a new reply goes behind them, so that they arrive in order.</summary>
    public Task<bool> IsWaitingAsync(string target, string conversation, CancellationToken ct) =>
        outbox.IsWaitingAsync(target, conversation, ct);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} replies to {Target} could not be posted now; trying again in {Seconds} s")]
    private partial void LogDeferred(int count, string target, double seconds);
}

using CoachBot.Core.Delivery;
using Microsoft.Extensions.Options;

namespace CoachBot.Host.Channels.Delivery;

/// <summary>
/// Posts the outbox's replies when they are due: the first of each conversation, then the ones behind it while the channel
/// takes them. Each reply is claimed first, so that of several instances only one posts it.
/// </summary>
internal sealed partial class RedeliveryWorker(
    IReplyOutbox outbox,
    IEnumerable<IRedeliveryTarget> targets,
    RedeliverySignal signal,
    TimeProvider time,
    IOptions<RedeliveryOptions> options,
    Telemetry.CoachBotMetrics metrics,
    ILogger<RedeliveryWorker> logger) : BackgroundService
{
    private const int ConversationsPerRound = 100;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = options.Value.PollInterval;
            try
            {
                var nextDue = await DeliverDueAsync(stoppingToken);
                if (nextDue is { } due && due - time.GetUtcNow() < wait)
                {
                    wait = due - time.GetUtcNow();
                }

                metrics.RedeliveriesWaiting(await outbox.CountAsync(stoppingToken));
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                LogRoundFailed(e); // the database or a channel in trouble: the replies stay kept for the next round
            }

            await signal.WaitAsync(wait, time, stoppingToken);
        }
    }

    /// <returns>When the earliest reply not yet due is due.</returns>
    private async Task<DateTimeOffset?> DeliverDueAsync(CancellationToken ct)
    {
        DateTimeOffset? nextDue = null;
        foreach (var head in await outbox.ListHeadsAsync(time.GetUtcNow(), ConversationsPerRound, ct))
        {
            if (head.Due > time.GetUtcNow())
            {
                nextDue = nextDue is { } n && n < head.Due ? n : head.Due;
                continue;
            }

            for (var reply = head; reply is not null && await TryClaimAsync(reply, ct) && await PostClaimedAsync(reply, ct);)
            {
                reply = await outbox.NextAsync(reply, ct);
            }
        }

        return nextDue;
    }

    private Task<bool> TryClaimAsync(WaitingReply reply, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        return outbox.TryClaimAsync(reply.Id, now, now + options.Value.ClaimLease, ct);
    }

    /// <returns>True when the reply left the outbox (posted or given up), so the next of its conversation may go.</returns>
    private async Task<bool> PostClaimedAsync(WaitingReply reply, CancellationToken ct)
    {
        bool posted;
        try
        {
            posted = await targets.Single(t => t.Name == reply.Target).TryPostAsync(reply.Payload, reply.Created, ct);
        }
        catch (Exception e) when (ct.IsCancellationRequested)
        {
            LogStopped(e, reply.Target);
            await outbox.ReleaseAsync(reply.Id, CancellationToken.None); // the next instance to start takes it at once
            throw;
        }
        catch (Exception e)
        {
            LogFailed(e, reply.Target);
            posted = false;
        }

        if (posted)
        {
            await outbox.RemoveAsync(reply.Id, ct);
            return true;
        }

        var attempts = reply.Attempts + 1;
        if (attempts >= options.Value.Attempts)
        {
            LogGivenUp(reply.Target, attempts);
            await outbox.RemoveAsync(reply.Id, ct);
            return true;
        }

        await outbox.RetryLaterAsync(reply.Id, attempts, time.GetUtcNow() + options.Value.FirstDelay * Math.Pow(2, attempts), ct);
        return false;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A reply to {Target} was not posted after {Attempts} redeliveries; given up")]
    private partial void LogGivenUp(string target, int attempts);

    [LoggerMessage(Level = LogLevel.Error, Message = "A reply to {Target} failed in redelivery; it is tried again later")]
    private partial void LogFailed(Exception error, string target);

    [LoggerMessage(Level = LogLevel.Information, Message = "Stopping while redelivering a reply to {Target}; it stays in the outbox")]
    private partial void LogStopped(Exception error, string target);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A round of redelivery failed; the replies stay in the outbox")]
    private partial void LogRoundFailed(Exception error);
}

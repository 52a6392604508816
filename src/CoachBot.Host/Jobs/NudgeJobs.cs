using CoachBot.Core.Scheduling;
using Hangfire;
using Hangfire.Server;

namespace CoachBot.Host.Jobs;

/// <summary>
/// Hangfire's two jobs: a due-check every minute that claims each (schedule, person, local date) once and fans out
/// one delivery job per person; and the delivery, retried with backoff and then left visibly Failed.
/// </summary>
public sealed class NudgeJobs(DuePromptClaimer claimer, ClaimedPromptDelivery prompts, INudgeDeliveryLog deliveries, IBackgroundJobClient jobs, TimeProvider time, Telemetry.CoachBotMetrics metrics)
{
    public const string DueCheckId = "nudges-due-check";
    private const int Retries = 4;

    [DisableConcurrentExecution(timeoutInSeconds: 50)]
    [AutomaticRetry(Attempts = 0)]
    public async Task DueCheckAsync(CancellationToken cancellationToken)
    {
        var due = await claimer.ClaimDueAsync(cancellationToken);
        metrics.PromptsDue(due.Count);
        foreach (var delivery in due)
        {
            jobs.Enqueue<NudgeJobs>(j => j.DeliverAsync(delivery, null, CancellationToken.None));
        }
    }

    /// <summary>
    /// With jobs kept in memory (the embedded default), a restart forgets the delivery jobs that were queued; the claims
    /// are in the database, so at start the prompts claimed in the catch-up window and not yet sent are queued again.
    /// </summary>
    [AutomaticRetry(Attempts = 3)]
    public async Task RequeuePendingAsync(CancellationToken cancellationToken)
    {
        foreach (var delivery in await deliveries.ListPendingAsync(time.GetUtcNow() - WeeklyRule.CatchUpWindow, cancellationToken))
        {
            jobs.Enqueue<NudgeJobs>(j => j.DeliverAsync(delivery, null, CancellationToken.None));
        }
    }

    [AutomaticRetry(Attempts = Retries, DelaysInSeconds = [2, 10, 60, 300], OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    public async Task DeliverAsync(Guid deliveryId, PerformContext? context, CancellationToken cancellationToken)
    {
        try
        {
            await prompts.DeliverAsync(deliveryId, cancellationToken);
            metrics.PromptSent();
        }
        catch (Exception ex) when (ex is not OperationCanceledException && context?.GetJobParameter<int>("RetryCount") >= Retries)
        {
            await prompts.MarkFailedAsync(deliveryId, ex.Message, cancellationToken);
            metrics.PromptFailed();
            throw;
        }
    }
}

using Microsoft.Extensions.Options;

namespace CoachBot.Host.Jobs;

/// <summary>A channel that can post a reply kept as text (its own JSON) when it was first refused.</summary>
internal interface IRedeliveryTarget
{
    string Name { get; }

    /// <summary>False when the channel still cannot take it (5xx, throttled, unreachable); true when posted, or refused for good (logged).</summary>
    Task<bool> TryPostAsync(string post, CancellationToken ct);
}

internal sealed class RedeliveryOptions
{
    public const string SectionName = "Redelivery";

    /// <summary>The wait before the first redelivery; it doubles for each of the next ones.</summary>
    public TimeSpan FirstDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>With the defaults, the last try is about 40 minutes after the reply was first refused.</summary>
    public int Attempts { get; set; } = 8;
}

/// <summary>
/// Replies that Slack or the Bot Connector could not take when they were due (an outage, not a refusal): posted later, in
/// their order, instead of lost. The answer itself was stored before any reply was tried. The waiting replies are held in
/// this process: a restart loses them.
/// </summary>
internal sealed partial class ReplyRedelivery(IEnumerable<IRedeliveryTarget> targets, IOptions<RedeliveryOptions> options, ILogger<ReplyRedelivery> logger, Telemetry.CoachBotMetrics metrics)
{
    public void Later(string target, IReadOnlyList<string> posts)
    {
        LogDeferred(posts.Count, target, options.Value.FirstDelay.TotalSeconds);
        Schedule(target, posts, 1);
    }

    private async Task RunAsync(string target, string[] posts, int attempt, CancellationToken ct)
    {
        var channel = targets.Single(t => t.Name == target);
        for (var i = 0; i < posts.Length; i++)
        {
            if (await channel.TryPostAsync(posts[i], ct))
            {
                continue;
            }

            if (attempt >= options.Value.Attempts)
            {
                LogGivenUp(posts.Length - i, target, attempt);
                return;
            }

            Schedule(target, posts[i..], attempt + 1);
            return;
        }
    }

    /// <summary>
    /// A timer in this process, not a Hangfire job: in the test runs (many hosts in one process) a Hangfire job for it now
    /// and then never ran (about 1 run in 8, not traced to its cause).
    /// </summary>
    private void Schedule(string target, IReadOnlyList<string> posts, int attempt)
    {
        var delay = options.Value.FirstDelay * Math.Pow(2, attempt - 1);
        var list = posts.ToArray();
        metrics.RedeliveriesWaiting(list.Length);
        _ = RunAfterAsync();

        async Task RunAfterAsync()
        {
            try
            {
                await Task.Delay(delay);
                metrics.RedeliveriesWaiting(-list.Length); // what fails again is counted again when rescheduled
                await RunAsync(target, list, attempt, CancellationToken.None);
            }
            catch (Exception e)
            {
                LogLost(e, list.Length, target);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} replies to {Target} could not be posted now; trying again in {Seconds} s")]
    private partial void LogDeferred(int count, string target, double seconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Count} replies to {Target} failed in redelivery; given up")]
    private partial void LogLost(Exception error, int count, string target);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Count} replies to {Target} were not posted after {Attempts} redeliveries; given up")]
    private partial void LogGivenUp(int count, string target, int attempts);
}

using CoachBot.Host.Channels.Pipeline;
using Hangfire;

namespace CoachBot.Host.Channels.Slack;

/// <summary>
/// Hourly: forgets the Slack request signatures kept against replays once they can no longer be replayed. A signature is
/// accepted while its timestamp is within 5 minutes of now either way, so one received now may carry a timestamp up to 5
/// minutes ahead and stay valid for 10: twice the window is kept.
/// </summary>
internal sealed partial class SlackReplayGuardCleanup(InboundDedupe dedupe, ILogger<SlackReplayGuardCleanup> logger)
{
    public const string Id = "slack-replay-guard-cleanup";

    public static readonly TimeSpan KeptFor = 2 * SlackSignature.MaxAge;

    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var forgotten = await dedupe.ForgetOlderThanAsync(SlackEndpoints.SignatureSource, KeptFor, cancellationToken);
        LogForgotten(forgotten);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Forgot {Count} Slack request signatures past the replay window")]
    private partial void LogForgotten(int count);
}

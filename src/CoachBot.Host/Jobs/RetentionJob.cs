using CoachBot.Core.People;
using CoachBot.Host.Dashboard;
using Hangfire;
using Microsoft.Extensions.Options;

namespace CoachBot.Host.Jobs;

/// <summary>Daily: with Privacy:AnswerRetentionDays set, removes the text of older answers and keeps their scores.</summary>
internal sealed partial class RetentionJob(IPersonalData data, IOptions<PrivacyOptions> options, TimeProvider time, ILogger<RetentionJob> logger)
{
    public const string Id = "answer-retention";

    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (options.Value.AnswerRetentionDays is not { } days)
        {
            return;
        }

        var removed = await data.RemoveAnswerTextBeforeAsync(time.GetUtcNow().AddDays(-days), cancellationToken);
        LogRemoved(removed, days);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Removed the text of {Count} answers older than {Days} days; their scores are kept")]
    private partial void LogRemoved(int count, int days);
}

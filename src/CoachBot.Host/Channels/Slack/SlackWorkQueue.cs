using System.Threading.Channels;

namespace CoachBot.Host.Channels.Slack;

/// <summary>Work done after Slack has its 3-second acknowledgement: one background reader, failures logged, never lost silently.</summary>
internal sealed partial class SlackWorkQueue(ILogger<SlackWorkQueue> logger) : BackgroundService
{
    /// <summary>Work that met a database outage is tried again every 5 s for 2 minutes: Slack already has its acknowledgement.</summary>
    private static readonly TimeSpan OutageRetry = TimeSpan.FromSeconds(5);
    private const int OutageAttempts = 24;

    private readonly Channel<(Func<CancellationToken, Task> Work, int Attempt)> _work = Channel.CreateUnbounded<(Func<CancellationToken, Task>, int)>();

    public void Enqueue(Func<CancellationToken, Task> work) => _work.Writer.TryWrite((work, 1));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var (work, attempt) in _work.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await work(stoppingToken);
            }
            catch (Exception ex) when (Http.StorageUnavailable.IsStorageOutage(ex) && attempt < OutageAttempts)
            {
                LogRetrying(attempt);
                _ = Task.Delay(OutageRetry, stoppingToken).ContinueWith(_ => _work.Writer.TryWrite((work, attempt + 1)), TaskScheduler.Default);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack work met a database outage (attempt {Attempt}); trying again in 5 s")]
    private partial void LogRetrying(int attempt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Slack work failed after the acknowledgement")]
    private partial void LogFailed(Exception ex);
}

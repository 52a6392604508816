using System.Threading.Channels;

namespace CoachBot.Host.Channels.Slack;

/// <summary>Work done after Slack has its 3-second acknowledgement: one background reader, failures logged, never lost silently.</summary>
internal sealed partial class SlackWorkQueue(ILogger<SlackWorkQueue> logger) : BackgroundService
{
    private readonly Channel<Func<CancellationToken, Task>> _work = Channel.CreateUnbounded<Func<CancellationToken, Task>>();

    public void Enqueue(Func<CancellationToken, Task> work) => _work.Writer.TryWrite(work);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var work in _work.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await work(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Slack work failed after the acknowledgement")]
    private partial void LogFailed(Exception ex);
}

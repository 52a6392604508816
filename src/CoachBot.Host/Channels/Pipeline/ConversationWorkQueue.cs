using System.Threading.Channels;

namespace CoachBot.Host.Channels.Pipeline;

/// <summary>
/// Work a channel does after it has acknowledged the platform (Slack's 3 seconds), failures logged, never lost silently.
/// Work for one conversation runs in order; different conversations run side by side in <see cref="Lanes"/> lanes.
/// </summary>
internal sealed partial class ConversationWorkQueue(ILogger<ConversationWorkQueue> logger) : BackgroundService
{
    /// <summary>
    /// In the load run on 2 cores, one lane kept up with about 140 events a second while 250 arrived; 8 lanes kept up with
    /// p99 77-115 ms for the whole run, 32 lanes also kept up but with p99 200-420 ms, from contention.
    /// </summary>
    private static readonly int Lanes = Math.Max(4, Environment.ProcessorCount * 4);

    /// <summary>Work that met a database outage is tried again every 5 s for 2 minutes: the platform already has its acknowledgement.</summary>
    private static readonly TimeSpan OutageRetry = TimeSpan.FromSeconds(5);
    private const int OutageAttempts = 24;

    private readonly Channel<WorkItem>[] _lanes = Enumerable.Range(0, Lanes)
        .Select(_ => Channel.CreateUnbounded<WorkItem>(new UnboundedChannelOptions { SingleReader = true }))
        .ToArray();

    /// <summary>Queues <paramref name="work"/> after earlier work with the same <paramref name="orderKey"/> (e.g. conversation and user).</summary>
    public void Enqueue(string orderKey, Func<CancellationToken, Task> work) => Write(new WorkItem(orderKey, work, 1));

    /// <summary>The key that keeps one person's messages in one conversation in order.</summary>
    public static string OrderKey(string? conversation, string? user) => $"{conversation}|{user}";

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(_lanes.Select(lane => RunAsync(lane.Reader, stoppingToken)));

    /// <summary>The lane for a key; string hashes differ from process to process, so only within one.</summary>
    internal static int LaneOf(string orderKey) => (int)((uint)StringComparer.Ordinal.GetHashCode(orderKey) % Lanes);

    private void Write(WorkItem item) => _lanes[LaneOf(item.OrderKey)].Writer.TryWrite(item);

    private async Task RunAsync(ChannelReader<WorkItem> lane, CancellationToken stoppingToken)
    {
        await foreach (var item in lane.ReadAllAsync(stoppingToken))
        {
            try
            {
                await item.Work(stoppingToken);
            }
            catch (Exception ex) when (Http.StorageUnavailable.IsStorageOutage(ex) && item.Attempt < OutageAttempts)
            {
                LogRetrying(item.Attempt);
                _ = Task.Delay(OutageRetry, stoppingToken).ContinueWith(_ => Write(item with { Attempt = item.Attempt + 1 }), TaskScheduler.Default);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(ex);
            }
        }
    }

    private sealed record WorkItem(string OrderKey, Func<CancellationToken, Task> Work, int Attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Channel work met a database outage (attempt {Attempt}); trying again in 5 s")]
    private partial void LogRetrying(int attempt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Channel work failed after the acknowledgement")]
    private partial void LogFailed(Exception ex);
}

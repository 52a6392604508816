using System.Collections.Concurrent;
using System.Diagnostics;

namespace CoachBot.LoadRun;

/// <summary>
/// How long a Slack user waits: from the moment an event is sent to the moment the host posts its reply. Each event the
/// load sends gets exactly one post, and the host keeps one person's events in order, so the replies in a DM pair up with
/// the events to it first in, first out.
/// </summary>
internal sealed class ReplyClock
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<long>> _pending = new();
    private readonly ConcurrentBag<double> _measured = [];
    private long _measureFrom = long.MaxValue;

    public int Count => _measured.Count;

    /// <summary>Replies to events sent from now on are measured; earlier ones (the warm-up) are paired but not counted.</summary>
    public void StartMeasuring() => Interlocked.Exchange(ref _measureFrom, Stopwatch.GetTimestamp());

    public void Sent(string channel) => _pending.GetOrAdd(channel, _ => new()).Enqueue(Stopwatch.GetTimestamp());

    public void Replied(string channel)
    {
        if (_pending.TryGetValue(channel, out var queue) && queue.TryDequeue(out var sentAt) && sentAt >= Interlocked.Read(ref _measureFrom))
        {
            _measured.Add(Stopwatch.GetElapsedTime(sentAt).TotalMilliseconds);
        }
    }

    /// <summary>Waits until every event has its reply, or <paramref name="limit"/> passes; returns how many are still unanswered.</summary>
    public async Task<int> DrainAsync(TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (Unanswered() > 0 && clock.Elapsed < limit)
        {
            await Task.Delay(100);
        }

        return Unanswered();
    }

    public double Percentile(double p) => LoadRun.Percentile.Of(_measured, p);

    private int Unanswered() => _pending.Values.Sum(q => q.Count);
}

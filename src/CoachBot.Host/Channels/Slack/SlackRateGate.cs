using System.Collections.Concurrent;

namespace CoachBot.Host.Channels.Slack;

/// <summary>
/// Slack's limits are per method per workspace. When one call is told to wait (429 with Retry-After), every call to that
/// method waits, instead of each caller finding out by itself and making it worse.
/// </summary>
internal sealed class SlackRateGate(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _pausedUntil = new(StringComparer.Ordinal);

    public async Task WaitAsync(string method, CancellationToken ct)
    {
        while (_pausedUntil.TryGetValue(method, out var until) && until > time.GetUtcNow())
        {
            await Task.Delay(until - time.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero, time, ct);
        }
    }

    public void Pause(string method, TimeSpan wait)
    {
        var until = time.GetUtcNow() + wait;
        _pausedUntil.AddOrUpdate(method, until, (_, current) => current > until ? current : until);
    }
}

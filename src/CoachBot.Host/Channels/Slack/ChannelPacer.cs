using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace CoachBot.Host.Channels.Slack;

/// <summary>Spaces posts to one channel by Slack's ~1 message per second, so a burst of nudges is not throttled.</summary>
internal sealed class ChannelPacer(IOptions<SlackOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _locks = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _last = new(StringComparer.Ordinal);

    public async Task<IDisposable> WaitTurnAsync(string channel, CancellationToken ct)
    {
        var gate = _locks.GetOrAdd(channel, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct);
        if (_last.TryGetValue(channel, out var last))
        {
            var wait = last + options.Value.ChannelPostInterval - time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, ct);
            }
        }

        return new Turn(() =>
        {
            _last[channel] = time.GetUtcNow();
            gate.Release();
        });
    }

    private sealed class Turn(Action release) : IDisposable
    {
        public void Dispose() => release();
    }
}

using CoachBot.Core.Coaching;

namespace CoachBot.Host.Channels.Pipeline;

/// <summary>
/// The one way a channel drops what it has already received: a platform's retries and duplicates of an event, or a replayed
/// request. Kept in the database, so every instance agrees.
/// </summary>
internal sealed partial class InboundDedupe(IInboundEventLog events, TimeProvider time, ILogger<InboundDedupe> logger)
{
    /// <summary>True the first time <paramref name="key"/> arrives from <paramref name="source"/>; false (and logged) after.</summary>
    public async Task<bool> IsFirstAsync(string source, string key, CancellationToken ct)
    {
        if (await events.TryRecordAsync(source, key, time.GetUtcNow(), ct))
        {
            return true;
        }

        LogDuplicate(source);
        return false;
    }

    /// <summary>Forgets what <paramref name="source"/> sent longer than <paramref name="keptFor"/> ago; returns how many.</summary>
    public Task<int> ForgetOlderThanAsync(string source, TimeSpan keptFor, CancellationToken ct) =>
        events.ForgetBeforeAsync(source, time.GetUtcNow() - keptFor, ct);

    [LoggerMessage(Level = LogLevel.Information, Message = "A {Source} event already received; ignored")]
    private partial void LogDuplicate(string source);
}

using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace CoachBot.Host.Security;

/// <summary>
/// Per person: a channel knows who is talking only after it has read and verified the request, so it asks here then.
/// Keyed by channel and user id (for anonymous clients, the id they chose: the per-IP limit bounds how many they make up).
/// </summary>
internal sealed class PersonRateLimiter(IOptions<RateLimitOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(key =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.PerPersonPerMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));

    /// <summary>Null when the person may go on; else how long until they may.</summary>
    public TimeSpan? TryAcquire(string channelId, string userId)
    {
        using var lease = _limiter.AttemptAcquire($"{channelId}:{userId}");
        return lease.IsAcquired ? null : lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
    }

    public void Dispose() => _limiter.Dispose();
}

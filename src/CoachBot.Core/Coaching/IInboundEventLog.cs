namespace CoachBot.Core.Coaching;

/// <summary>Remembers delivered event ids, so a platform's retries and duplicates are processed once.</summary>
public interface IInboundEventLog
{
    /// <summary>True the first time (source, eventId) is seen, on any host sharing the database; false ever after.</summary>
    Task<bool> TryRecordAsync(string source, string eventId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Forgets the ids of <paramref name="source"/> received before <paramref name="before"/>; returns how many.</summary>
    Task<int> ForgetBeforeAsync(string source, DateTimeOffset before, CancellationToken cancellationToken);
}

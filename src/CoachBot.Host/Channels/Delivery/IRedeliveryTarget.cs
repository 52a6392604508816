namespace CoachBot.Host.Channels.Delivery;

/// <summary>A channel that can post a reply kept as text (its own JSON) when it was first refused.</summary>
internal interface IRedeliveryTarget
{
    string Name { get; }

    /// <summary>
    /// False when the channel still cannot take it (5xx, throttled, unreachable); true when posted, found already posted
    /// (an earlier try Slack took although it answered with an error), or refused for good (logged).
    /// </summary>
    Task<bool> TryPostAsync(string post, DateTimeOffset firstRefused, CancellationToken ct);
}

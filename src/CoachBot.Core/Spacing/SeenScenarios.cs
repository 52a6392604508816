using CoachBot.Core.Content;
using CoachBot.Core.People;
using CoachBot.Core.Progress;

namespace CoachBot.Core.Spacing;

/// <summary>What one person (all their linked accounts) or one channel has been given and has answered, as of <see cref="Now"/>.</summary>
public sealed record SeenScenarios(IReadOnlyList<ChatAccount> Accounts, IReadOnlyList<Attempt> Attempts, IReadOnlyDictionary<string, DateTimeOffset> LastSeen, DateTimeOffset Now)
{
    public Scenario Pick(IReadOnlyList<IReadOnlyList<Scenario>> tiers, string? openId = null) => SpacingPolicy.Pick(tiers, LastSeen, Now, openId);

    /// <summary>As if nothing had been seen before <paramref name="since"/> (a round the person chose to start again).</summary>
    public SeenScenarios Since(DateTimeOffset? since) => since is not { } from ? this
        : this with { LastSeen = LastSeen.Where(kv => kv.Value >= from).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal) };

    /// <summary>Whether any of these was not seen inside the repeat gap.</summary>
    public bool HasFresh(IReadOnlyList<Scenario> candidates) => SpacingPolicy.Fresh(candidates, LastSeen, Now) is not null;
}

using CoachBot.Core.Content;

namespace CoachBot.Core.Spacing;

/// <summary>
/// The one rule for which scenario comes next, for practice, next and every prompt: never one seen (given or answered) in the
/// last <see cref="RepeatGap"/> while one not seen that long exists. The candidates come in tiers tried in turn (the chosen
/// industry, then the rest); within a tier a scenario never seen comes first, in the tier's order, then the one seen longest ago.
/// </summary>
public static class SpacingPolicy
{
    public static readonly TimeSpan RepeatGap = TimeSpan.FromDays(30);

    public static Scenario Pick(IReadOnlyList<IReadOnlyList<Scenario>> tiers, IReadOnlyDictionary<string, DateTimeOffset> lastSeen, DateTimeOffset now, string? openId = null)
    {
        foreach (var tier in tiers)
        {
            if (Fresh(tier, lastSeen, now, openId) is { } fresh)
            {
                return fresh;
            }
        }

        // Everything seen lately: the first tier's scenario seen longest ago, never the one open when there is another.
        var first = tiers.First(t => t.Count > 0);
        return first.Where(s => s.Id != openId || first.Count == 1).OrderBy(s => LastSeen(lastSeen, s)).First();
    }

    /// <summary>The candidate to give now without a repeat inside the gap; null when every one was seen inside it.</summary>
    public static Scenario? Fresh(IReadOnlyList<Scenario> candidates, IReadOnlyDictionary<string, DateTimeOffset> lastSeen, DateTimeOffset now, string? openId = null) =>
        candidates.Where(s => s.Id != openId && now - LastSeen(lastSeen, s) >= RepeatGap).OrderBy(s => LastSeen(lastSeen, s)).FirstOrDefault();

    private static DateTimeOffset LastSeen(IReadOnlyDictionary<string, DateTimeOffset> lastSeen, Scenario scenario) =>
        lastSeen.TryGetValue(scenario.Id, out var at) ? at : DateTimeOffset.MinValue;
}

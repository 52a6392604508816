using CoachBot.Core.Content;
using CoachBot.Core.Progress;

namespace CoachBot.Core.Scheduling;

/// <summary>Which scenario a nudge brings a person: by topic, by a standard to focus on, or adaptively for their weakest standard.</summary>
internal static class NudgeScenarioPicker
{
    public static Scenario Pick(NudgeContent content, ContentPack pack, IReadOnlyList<Attempt> attempts, DateTimeOffset now, int freshDays)
    {
        var candidates = content.Kind switch
        {
            NudgeContentKind.Topic => pack.Scenarios.Where(s => s.Industry == content.Value).ToList() is { Count: > 0 } industry ? industry : pack.ScenariosAbout(content.Value),
            NudgeContentKind.FocusStandard => pack.Scenarios.Where(s => s.Assesses(content.Value ?? "")).ToList(),
            NudgeContentKind.Adaptive => pack.Scenarios.Where(s => s.Assesses(WeakestStandard(pack, attempts))).ToList(),
            _ => pack.Scenarios,
        };
        if (candidates.Count == 0)
        {
            candidates = pack.Scenarios;
        }

        var recent = attempts.Where(a => now - a.CreatedAt < TimeSpan.FromDays(freshDays)).Select(a => a.ScenarioId).ToHashSet(StringComparer.Ordinal);
        var lastSeen = attempts.GroupBy(a => a.ScenarioId).ToDictionary(g => g.Key, g => g.Max(a => a.CreatedAt), StringComparer.Ordinal);
        return candidates.FirstOrDefault(s => !recent.Contains(s.Id) && !lastSeen.ContainsKey(s.Id))
            ?? candidates.FirstOrDefault(s => !recent.Contains(s.Id))
            ?? candidates.OrderBy(s => lastSeen.GetValueOrDefault(s.Id)).First();
    }

    /// <summary>The frontline standard with the lowest average; one never practised counts as weakest.</summary>
    public static string WeakestStandard(ContentPack pack, IReadOnlyList<Attempt> attempts) =>
        ProgressCalculator.Summarise(attempts, pack.FrontlineStandards).Standards
            .OrderBy(s => s.Average ?? -1)
            .ThenBy(s => s.StandardId, StringComparer.Ordinal)
            .First().StandardId;
}

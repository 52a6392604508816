using CoachBot.Core.Content;
using CoachBot.Core.Progress;

namespace CoachBot.Core.Scheduling;

/// <summary>
/// The candidates a prompt brings, in the tiers <see cref="Spacing.SpacingPolicy"/> tries in turn: by topic, by a standard to
/// focus on, or adaptively from the person's weakest standard up; then any frontline scenario.
/// </summary>
internal static class NudgeScenarioPicker
{
    public static IReadOnlyList<IReadOnlyList<Scenario>> Tiers(NudgeContent content, ContentPack pack, IReadOnlyList<Attempt> attempts)
    {
        IReadOnlyList<IReadOnlyList<Scenario>> chosen = content.Kind switch
        {
            NudgeContentKind.Topic => [pack.Scenarios.Where(s => s.Industry == content.Value).ToList() is { Count: > 0 } industry ? industry : pack.ScenariosAbout(content.Value)],
            NudgeContentKind.FocusStandard => [pack.Scenarios.Where(s => s.Assesses(content.Value ?? "")).ToList()],
            NudgeContentKind.Adaptive => StandardsWeakestFirst(pack, attempts).Select(id => (IReadOnlyList<Scenario>)pack.Scenarios.Where(s => s.Assesses(id)).ToList()).ToList(),
            _ => [],
        };
        return [.. chosen.Where(t => t.Count > 0), pack.Scenarios];
    }

    /// <summary>The frontline standards from the lowest average up; one never practised counts as weakest.</summary>
    public static IEnumerable<string> StandardsWeakestFirst(ContentPack pack, IReadOnlyList<Attempt> attempts) =>
        ProgressCalculator.Summarise(attempts, pack.FrontlineStandards).Standards
            .OrderBy(s => s.Average ?? -1)
            .ThenBy(s => s.StandardId, StringComparer.Ordinal)
            .Select(s => s.StandardId);
}

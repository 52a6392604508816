namespace CoachBot.Core.Scoring.Rubric;

/// <summary>Walks a standard's level rules from the top; the first that holds decides the score.</summary>
public static class LevelDecision
{
    public static (int Score, LevelRule? Rule) Decide(IReadOnlyList<LevelRule> rules, Func<string, bool> signal)
    {
        foreach (var rule in rules)
        {
            if (rule.When.Holds(signal))
            {
                return (rule.Score, rule);
            }
        }

        return (0, null);
    }

    /// <summary>The signals a standard's rules read, in the order they are first named.</summary>
    public static IReadOnlyList<string> SignalsOf(IReadOnlyList<LevelRule> rules) =>
        rules.SelectMany(r => r.When.Signals()).Select(s => s.Signal).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>
    /// Why an answer stopped below the top: what made a lowest-score rule hold (a checklist, a deflection), then
    /// signals present that the fired rule or the top rule counts against, then signals the top rule wants that are absent.
    /// </summary>
    public static IReadOnlyList<(string Signal, bool Present)> Gaps(IReadOnlyList<LevelRule> rules, LevelRule? fired, Func<string, bool> signal)
    {
        var top = rules.Where(r => r.Score == rules.Max(x => x.Score)).FirstOrDefault();
        var zeroing = fired is not null && fired.Score == rules.Min(r => r.Score)
            ? fired.When.Signals().Where(s => s.Wanted && signal(s.Signal)).Select(s => (s.Signal, true))
            : [];
        var against = (fired?.When.Signals() ?? []).Concat(top?.When.Signals() ?? [])
            .Where(s => !s.Wanted && signal(s.Signal)).Select(s => (s.Signal, true));
        var wanted = (top?.When.Signals() ?? []).Where(s => s.Wanted && !signal(s.Signal)).Select(s => (s.Signal, false));
        return zeroing.Concat(against).Concat(wanted).Distinct().ToList();
    }
}

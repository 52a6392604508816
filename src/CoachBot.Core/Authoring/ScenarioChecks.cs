using CoachBot.Core.Content;

namespace CoachBot.Core.Authoring;

/// <summary>
/// Checks a scenario written in the dashboard with the very checks <c>validate</c> runs on its files under <c>prompts/</c>
/// (its own file, each translation, its industry's names in every language, and every standard's coverage), against the
/// catalogue it would join.
/// </summary>
public static class ScenarioChecks
{
    private static readonly HashSet<string> TextFields = new(["title", "step", "goal", "customer_says", "model_answer"], StringComparer.Ordinal);

    /// <summary>The languages a scenario can be written in, the pack's own first.</summary>
    public static IReadOnlyList<string> Languages(ContentPack pack) => pack.Texts.All.Select(c => c.Code).ToList();

    /// <summary>The scenario as the bot would give it, or the problems that keep it out (then the scenario is null).</summary>
    public static (Scenario? Scenario, IReadOnlyList<FieldProblem> Problems) Check(AuthoredScenario draft, ContentPack pack)
    {
        var problems = new List<FieldProblem>();
        var languages = Languages(pack);
        foreach (var code in draft.Texts.Keys.Where(c => !languages.Contains(c)))
        {
            problems.Add(new($"texts.{code}", $"is not a language CoachBot speaks ({string.Join(", ", languages)})", ""));
        }

        var written = draft.Texts.Where(kv => languages.Contains(kv.Key)).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        if (written.Count == 0)
        {
            problems.Add(new("texts", $"the scenario must be written in at least one language ({string.Join(", ", languages)})", ""));
            return (null, problems);
        }

        draft = draft with { Texts = written };
        var first = draft.BaseLanguage(languages);
        var found = new List<ContentProblem>();
        var ownFile = ScenarioYaml.OwnPath(draft.Id);
        var scenario = ContentLoader.ReadScenario(ownFile, ScenarioYaml.OwnFile(draft, first), pack.Standards, found);
        Name(found, first, problems);
        foreach (var (code, _) in written.Where(kv => kv.Key != first))
        {
            TranslationLoader.ReadText(ScenarioYaml.TranslationPath(code, draft.Id), ScenarioYaml.TranslationFile(draft, code), draft.Id, found);
            Name(found, code, problems);
        }

        foreach (var catalogue in pack.Texts.All.Where(c => !string.IsNullOrWhiteSpace(draft.Industry) && !c.Topics.ContainsKey(draft.Industry.Trim())))
        {
            problems.Add(new("industry", $"'{draft.Industry}' is not an industry CoachBot names in {catalogue.Name}: add topics.{draft.Industry.Trim()} to prompts/ui/{catalogue.Code}.yml, or choose one of {string.Join(", ", pack.Texts.Fallback.Topics.Keys.Order(StringComparer.Ordinal))}", ownFile));
        }

        if (scenario is null || problems.Count > 0)
        {
            return (null, problems);
        }

        scenario = draft.ToScenario(languages, null);
        problems.AddRange(Coverage(pack, ContentPack.Overlaid(pack.AllScenarios, [scenario], new HashSet<string>())));
        return (problems.Count == 0 ? scenario : null, problems);
    }

    /// <summary>Every standard still assessed by enough scenarios once the catalogue is <paramref name="after"/> (as <c>validate</c> requires).</summary>
    public static IReadOnlyList<FieldProblem> Coverage(ContentPack pack, IReadOnlyList<Scenario> after)
    {
        // Only what the change breaks: a standard already short of scenarios does not hold every other edit back.
        var before = CoverageProblems(pack, pack.AllScenarios).Select(p => p.Field).ToHashSet(StringComparer.Ordinal);
        return CoverageProblems(pack, after).Where(p => !before.Contains(p.Field))
            .Select(p => new FieldProblem("standards", $"{p.Field}: {p.Problem}", p.Path)).ToList();
    }

    private static List<ContentProblem> CoverageProblems(ContentPack pack, IReadOnlyList<Scenario> scenarios)
    {
        var found = new List<ContentProblem>();
        ContentLoader.CheckCoverage(ContentLoader.StandardsFileName, pack.Standards, scenarios, ContentLoader.DefaultMinScenariosPerStandard, found);
        return found;
    }

    /// <summary>A language's text fields are named with its code (<c>mn.title</c>); the fields every language shares as they are.</summary>
    private static void Name(List<ContentProblem> found, string language, List<FieldProblem> problems)
    {
        problems.AddRange(found.Select(p => new FieldProblem(TextFields.Contains(p.Field) ? $"{language}.{p.Field}" : p.Field, p.Problem, p.Path)));
        found.Clear();
    }
}

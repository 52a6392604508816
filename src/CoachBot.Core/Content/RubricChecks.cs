using CoachBot.Core.Scoring.Languages;
using CoachBot.Core.Scoring.Rubric;
using CoachBot.Core.Scoring.Signals;

namespace CoachBot.Core.Content;

/// <summary>
/// The standards and the scorers agree, or the content does not load: every standard (frontline or manager) has scoring
/// rules, every signal they read is declared, and every language file says how to find and coach each one.
/// </summary>
internal static class RubricChecks
{
    public static IReadOnlyList<LevelRule> ParseScoring(string path, string field, List<LevelRuleEntry>? entries, List<ContentProblem> problems)
    {
        var rules = new List<LevelRule>();
        for (var i = 0; i < (entries?.Count ?? 0); i++)
        {
            var entry = entries![i];
            if (entry.Score is not (>= 0 and <= 3))
            {
                problems.Add(new(path, $"{field}.scoring[{i}].score", "must be 0, 1, 2 or 3"));
                continue;
            }

            try
            {
                rules.Add(new LevelRule(entry.Score.Value, Condition.Parse(entry.When ?? "")));
            }
            catch (FormatException ex)
            {
                problems.Add(new(path, $"{field}.scoring[{i}].when", ex.Message));
            }
        }

        return rules;
    }

    public static void Check(
        string standardsPath, List<Standard> standards, Dictionary<string, string> signals, string languagesFolder,
        List<LanguagePack> languages, List<ContentProblem> problems)
    {
        foreach (var (name, description) in signals.Where(s => s.Value.Length == 0))
        {
            problems.Add(new(standardsPath, $"signals.{name}", "needs a description (it is the LLM scorer's checklist question)"));
        }

        for (var i = 0; i < standards.Count; i++)
        {
            var standard = standards[i];
            if (standard.Scoring.Count == 0)
            {
                problems.Add(new(standardsPath, $"standards[{i}].scoring",
                    $"'{standard.Id}' has no scoring rules, so no scorer can score it: add its levels as conditions over signals"));
            }

            foreach (var name in LevelDecision.SignalsOf(standard.Scoring).Where(n => !signals.ContainsKey(n)))
            {
                problems.Add(new(standardsPath, $"standards[{i}].scoring", $"reads the signal '{name}', which is not declared under 'signals'"));
            }
        }

        foreach (var language in languages)
        {
            var path = Path.Combine(languagesFolder, language.Code + ".yml");
            foreach (var name in signals.Keys.Where(n => !BuiltInSignals.All.Contains(n) && !language.Signals.ContainsKey(n)))
            {
                problems.Add(new(path, $"signals.{name}", $"is missing: the {language.Name} scorer cannot read it"));
            }

            foreach (var name in language.Signals.Keys.Where(n => !signals.ContainsKey(n)))
            {
                problems.Add(new(path, $"signals.{name}", $"is not a signal declared in {ContentLoader.StandardsFileName}"));
            }

            foreach (var name in signals.Keys.Where(n => !language.Coaching.ContainsKey(n)))
            {
                problems.Add(new(path, $"coaching.{name}", "is missing: a score held back by this signal could not be explained"));
            }
        }
    }
}

using CoachBot.Core.Content;

namespace CoachBot.Core.Authoring;

/// <summary>A scenario as HR writes it in the dashboard: what every language shares, and its text in each language written.</summary>
public sealed record AuthoredScenario(
    string Id,
    string Industry,
    string Audience,
    IReadOnlyList<string> Standards,
    IReadOnlyDictionary<string, ScenarioText> Texts)
{
    /// <summary>
    /// The scenario the bot gives: written in the first of <paramref name="languages"/> it has, translated into the others
    /// it has, as a file under <c>prompts/scenarios/</c> and its translations would be.
    /// </summary>
    public Scenario ToScenario(IReadOnlyList<string> languages, int? version)
    {
        var first = BaseLanguage(languages);
        var text = Texts[first];
        return new Scenario(Id, text.Title, Industry, text.Step, text.Goal, text.CustomerSays, Standards, text.ModelAnswer)
        {
            Audience = Audience,
            Version = version,
            Translations = Texts.Where(kv => kv.Key != first).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal),
        };
    }

    /// <summary>Every text without the spaces around it, as the loader reads a file; languages left empty are not written.</summary>
    public AuthoredScenario Trimmed() => new(
        Id.Trim(),
        Industry.Trim(),
        Audience.Trim(),
        Standards.Select(s => s.Trim()).ToList(),
        Texts.Where(kv => new[] { kv.Value.Title, kv.Value.Step, kv.Value.Goal, kv.Value.CustomerSays, kv.Value.ModelAnswer }.Any(t => !string.IsNullOrWhiteSpace(t)))
            .ToDictionary(
                kv => kv.Key.Trim(),
                kv => new ScenarioText(kv.Value.Title.Trim(), kv.Value.Step.Trim(), kv.Value.Goal.Trim(), kv.Value.CustomerSays.Trim(), kv.Value.ModelAnswer.Trim()),
                StringComparer.Ordinal));

    /// <summary>The language of the scenario's own file: the first of <paramref name="languages"/> it is written in.</summary>
    public string BaseLanguage(IReadOnlyList<string> languages) =>
        languages.FirstOrDefault(Texts.ContainsKey) ?? Texts.Keys.Order(StringComparer.Ordinal).First();

    /// <summary>A scenario of <c>prompts/</c> in the shape HR edits: its own text under the language it is written in.</summary>
    public static AuthoredScenario From(Scenario scenario, string writtenIn) => new(
        scenario.Id,
        scenario.Industry,
        scenario.Audience,
        scenario.Standards,
        scenario.Translations.Append(new(writtenIn, new ScenarioText(scenario.Title, scenario.Step, scenario.Goal, scenario.CustomerSays, scenario.ModelAnswer ?? "")))
            .GroupBy(kv => kv.Key).ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal));
}

namespace CoachBot.Core.Content;

/// <summary>
/// Loads <c>prompts/translations/&lt;code&gt;/</c>: the standards' names and levels (<c>standards.yml</c>) and each
/// scenario (<c>scenarios/&lt;id&gt;.yml</c>) written in another language, and attaches them to what they translate.
/// </summary>
internal static class TranslationLoader
{
    public const string Folder = "translations";

    public static (List<Standard>, List<Scenario>) Load(
        string folder, IReadOnlySet<string> languageCodes, List<Standard> standards, List<Scenario> scenarios, List<ContentProblem> problems)
    {
        if (!Directory.Exists(folder))
        {
            return (standards, scenarios);
        }

        var standardTexts = new Dictionary<string, Dictionary<string, StandardText>>(StringComparer.Ordinal);
        var scenarioTexts = new Dictionary<string, Dictionary<string, ScenarioText>>(StringComparer.Ordinal);
        foreach (var languageFolder in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
        {
            var code = Path.GetFileName(languageFolder);
            if (!languageCodes.Contains(code))
            {
                problems.Add(new(languageFolder, "(folder)", $"'{code}' is not a language in {LanguageLoader.Folder}/ ({string.Join(", ", languageCodes.Order())})"));
                continue;
            }

            var standardsPath = Path.Combine(languageFolder, ContentLoader.StandardsFileName);
            if (File.Exists(standardsPath))
            {
                LoadStandards(standardsPath, code, standards, standardTexts, problems);
            }

            var scenariosFolder = Path.Combine(languageFolder, ContentLoader.ScenariosFolder);
            if (Directory.Exists(scenariosFolder))
            {
                LoadScenarios(scenariosFolder, code, scenarios, scenarioTexts, problems);
            }
        }

        return (
            standards.Select(s => standardTexts.TryGetValue(s.Id, out var texts) ? s with { Translations = texts } : s).ToList(),
            scenarios.Select(s => scenarioTexts.TryGetValue(s.Id, out var texts) ? s with { Translations = texts } : s).ToList());
    }

    private static void LoadStandards(
        string path, string code, List<Standard> standards, Dictionary<string, Dictionary<string, StandardText>> texts, List<ContentProblem> problems)
    {
        var file = ContentLoader.ParseFile<StandardsTranslationFile>(path, problems);
        foreach (var (entry, i) in (file?.Standards ?? []).Select((e, i) => (e, i)))
        {
            var field = $"standards[{i}]";
            var standard = standards.FirstOrDefault(s => s.Id == entry.Id);
            if (standard is null)
            {
                problems.Add(new(path, $"{field}.id", $"'{entry.Id}' is not a standard in {ContentLoader.StandardsFileName}"));
                continue;
            }

            var before = problems.Count;
            ContentLoader.Require(path, $"{field}.name", entry.Name, problems);
            ContentLoader.Require(path, $"{field}.summary", entry.Summary, problems);
            var levels = entry.Levels ?? [];
            if (Enumerable.Range(0, 4).Any(level => string.IsNullOrWhiteSpace(levels.GetValueOrDefault(level))))
            {
                problems.Add(new(path, $"{field}.levels", "every standard needs a description for each level 0-3"));
            }

            if (problems.Count == before)
            {
                var byLanguage = texts.TryGetValue(standard.Id, out var found) ? found : texts[standard.Id] = new(StringComparer.Ordinal);
                byLanguage[code] = new StandardText(entry.Name!.Trim(), entry.Summary!.Trim(), levels.ToDictionary(kv => kv.Key, kv => kv.Value.Trim()));
            }
        }
    }

    private static void LoadScenarios(
        string folder, string code, List<Scenario> scenarios, Dictionary<string, Dictionary<string, ScenarioText>> texts, List<ContentProblem> problems)
    {
        foreach (var path in Directory.EnumerateFiles(folder, "*.yml").Order(StringComparer.Ordinal))
        {
            var file = ContentLoader.ParseFile<ScenarioFile>(path, problems);
            if (file is null)
            {
                continue;
            }

            if (scenarios.FirstOrDefault(s => s.Id == file.Id) is not { } scenario)
            {
                problems.Add(new(path, "id", $"'{file.Id}' is not a scenario in {ContentLoader.ScenariosFolder}/"));
                continue;
            }

            if (ReadText(path, file, scenario.Id, problems) is { } text)
            {
                var byLanguage = texts.TryGetValue(scenario.Id, out var found) ? found : texts[scenario.Id] = new(StringComparer.Ordinal);
                byLanguage[code] = text;
            }
        }
    }

    /// <summary>One translation file of a scenario, checked as <c>validate</c> checks it; null when anything is wrong.</summary>
    internal static ScenarioText? ReadText(string path, ScenarioFile file, string scenarioId, List<ContentProblem> problems)
    {
        var before = problems.Count;
        foreach (var (field, value) in new[] { ("title", file.Title), ("step", file.Step), ("goal", file.Goal), ("customer_says", file.CustomerSays), ("model_answer", file.ModelAnswer) })
        {
            ContentLoader.Require(path, field, value, problems);
        }

        if (file.Industry is not null || file.Standards is not null)
        {
            problems.Add(new(path, file.Industry is not null ? "industry" : "standards", $"is set once, in {ContentLoader.ScenariosFolder}/{scenarioId}.yml"));
        }

        if (file.CustomerSays?.Length > ContentLoader.MaxCustomerSaysLength)
        {
            problems.Add(new(path, "customer_says", $"is {file.CustomerSays.Length} characters; at most {ContentLoader.MaxCustomerSaysLength}"));
        }

        return problems.Count == before
            ? new ScenarioText(file.Title!.Trim(), file.Step!.Trim(), file.Goal!.Trim(), file.CustomerSays!.Trim(), file.ModelAnswer!.Trim())
            : null;
    }
}

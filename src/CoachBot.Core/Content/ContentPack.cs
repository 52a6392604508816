namespace CoachBot.Core.Content;

/// <summary>The validated standards, scenarios and scoring languages loaded from <c>prompts/</c>.</summary>
public sealed class ContentPack(
    IReadOnlyList<Standard> standards,
    IReadOnlyList<Scenario> scenarios,
    IReadOnlyDictionary<string, string> signals,
    IReadOnlyList<Scoring.Languages.LanguagePack> languages,
    Texts.TextCatalogues texts)
{
    // Swapped whole when scenarios written in the dashboard change, so a reader never sees half a catalogue.
    private volatile ScenarioCatalog _catalog = new(scenarios);

    public IReadOnlyList<Standard> Standards { get; } = standards;

    public IReadOnlyList<Standard> FrontlineStandards { get; } = standards.Where(s => s.IsFrontline).ToList();

    /// <summary>The manager standards: scored only on manager scenarios.</summary>
    public IReadOnlyList<Standard> ManagerStandards { get; } = standards.Where(s => !s.IsFrontline).ToList();

    /// <summary>The frontline scenarios: what employees practise, what topics and scheduled prompts choose from.</summary>
    public IReadOnlyList<Scenario> Scenarios => _catalog.Frontline;

    /// <summary>The manager track: situations a manager answers with their team or their service (<c>practice manager</c>).</summary>
    public IReadOnlyList<Scenario> ManagerScenarios => _catalog.Managers;

    /// <summary>Every scenario, frontline and manager: the files under <c>prompts/</c> with those written in the dashboard over them.</summary>
    public IReadOnlyList<Scenario> AllScenarios => _catalog.All;

    /// <summary>The scenarios of the files under <c>prompts/</c>, as loaded.</summary>
    public IReadOnlyList<Scenario> ShippedScenarios { get; } = scenarios;

    /// <summary>The signals the standards' scoring reads, with what each means (the LLM's checklist).</summary>
    public IReadOnlyDictionary<string, string> Signals { get; } = signals;

    /// <summary>The languages the offline scorer reads.</summary>
    public IReadOnlyList<Scoring.Languages.LanguagePack> Languages { get; } = languages;

    /// <summary>What CoachBot says, in every language it speaks (<c>prompts/ui/</c>).</summary>
    public Texts.TextCatalogues Texts { get; } = texts;

    /// <summary>Scenarios not yet written in one of the scoring languages: (scenario id, language code).</summary>
    public IReadOnlyList<(string ScenarioId, string Language)> MissingTranslations() =>
        AllScenarios.SelectMany(s =>
            {
                var written = Scoring.Languages.LanguageDetector.Detect($"{s.Title}. {s.Goal}. {s.CustomerSays}", Languages)?.Code;
                return Languages.Where(l => l.Code != written && !s.Translations.ContainsKey(l.Code)).Select(l => (s.Id, l.Code));
            })
            .ToList();

    public Scenario? FindScenario(string id) => _catalog.ById.GetValueOrDefault(id);

    public Scenario? FindShippedScenario(string id) => ShippedScenarios.FirstOrDefault(s => s.Id == id);

    /// <summary>
    /// Puts the published scenarios written in the dashboard beside the files: one with a file's id replaces it, a retired
    /// id leaves the catalogue. Everything that reads the catalogue sees the change at its next read.
    /// </summary>
    public void Overlay(IReadOnlyList<Scenario> authored, IReadOnlySet<string> retired) =>
        _catalog = new ScenarioCatalog(Overlaid(ShippedScenarios, authored, retired));

    /// <summary>The catalogue the files and <paramref name="authored"/> make, without the <paramref name="retired"/> ids.</summary>
    public static IReadOnlyList<Scenario> Overlaid(IReadOnlyList<Scenario> shipped, IReadOnlyList<Scenario> authored, IReadOnlySet<string> retired)
    {
        // A company's own new scenarios come first: never-seen scenarios are given in the catalogue's order.
        var byId = authored.ToDictionary(s => s.Id, StringComparer.Ordinal);
        return authored.Where(a => !shipped.Any(s => s.Id == a.Id))
            .Concat(shipped.Select(s => byId.GetValueOrDefault(s.Id) ?? s))
            .Where(s => !retired.Contains(s.Id))
            .ToList();
    }

    public Standard? FindStandard(string id) => Standards.FirstOrDefault(s => s.Id == id);

    /// <summary>The standards of the scenario's audience: frontline ones for a frontline scenario, manager ones for a manager scenario.</summary>
    /// <remarks>A scenario read from a labelled file carries no audience: the standards it assesses say which it is.</remarks>
    public IReadOnlyList<Standard> StandardsFor(Scenario scenario) =>
        scenario.IsForManagers || scenario.Standards.Any(id => FindStandard(id) is { IsFrontline: false }) ? ManagerStandards : FrontlineStandards;

    /// <summary>Scenarios whose id, industry (in any language), title, goal (in any language) or assessed standards mention the topic.</summary>
    public IReadOnlyList<Scenario> ScenariosAbout(string? topic)
    {
        if (string.IsNullOrWhiteSpace(topic))
        {
            return Scenarios;
        }

        var needle = topic.Trim();
        return Scenarios
            .Where(s => s.Id.Contains(needle, StringComparison.OrdinalIgnoreCase)
                || s.Industry.Contains(needle, StringComparison.OrdinalIgnoreCase)
                || s.Title.Contains(needle, StringComparison.OrdinalIgnoreCase)
                || s.Goal.Contains(needle, StringComparison.OrdinalIgnoreCase)
                || Texts.All.Any(c => c.Topic(s.Industry).Contains(needle, StringComparison.OrdinalIgnoreCase))
                || s.Translations.Values.Any(t => t.Title.Contains(needle, StringComparison.OrdinalIgnoreCase) || t.Goal.Contains(needle, StringComparison.OrdinalIgnoreCase))
                || s.Standards.Any(id => id.Equals(needle, StringComparison.OrdinalIgnoreCase)))
            .ToList();
    }

    /// <summary>Short words an employee can type after <c>practice</c>.</summary>
    public IReadOnlyList<string> Topics() =>
        Scenarios.Select(s => s.Industry).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();

    private sealed class ScenarioCatalog(IReadOnlyList<Scenario> all)
    {
        public IReadOnlyList<Scenario> All { get; } = all;

        public IReadOnlyList<Scenario> Frontline { get; } = all.Where(s => !s.IsForManagers).ToList();

        public IReadOnlyList<Scenario> Managers { get; } = all.Where(s => s.IsForManagers).ToList();

        public Dictionary<string, Scenario> ById { get; } = all.ToDictionary(s => s.Id, StringComparer.Ordinal);
    }
}

namespace CoachBot.Core.Content;

/// <summary>One moment of truth at a named step of a cycle of service, written in the pack's first language.</summary>
public sealed record Scenario(
    string Id,
    string Title,
    string Industry,
    string Step,
    string Goal,
    string CustomerSays,
    IReadOnlyList<string> Standards,
    string? ModelAnswer)
{
    /// <summary>The same scenario written in other languages (<c>prompts/translations/&lt;code&gt;/scenarios/</c>), by language code.</summary>
    public IReadOnlyDictionary<string, ScenarioText> Translations { get; init; } = new Dictionary<string, ScenarioText>();

    /// <summary>Who practises it: <c>frontline</c> (employees answering a customer) or <c>manager</c> (a manager answering a situation with their team or service).</summary>
    public string Audience { get; init; } = Standard.FrontlineAudience;

    public bool IsForManagers => Audience == Standard.ManagerAudience;

    /// <summary>The published version when the scenario was written in the dashboard; null for a file under <c>prompts/</c>.</summary>
    public int? Version { get; init; }

    public bool Assesses(string standardId) => Standards.Contains(standardId, StringComparer.Ordinal);

    /// <summary>The scenario as written in a language, or as it is when it has no such translation.</summary>
    public Scenario In(string? language) =>
        language is not null && Translations.TryGetValue(language, out var text)
            ? this with { Title = text.Title, Step = text.Step, Goal = text.Goal, CustomerSays = text.CustomerSays, ModelAnswer = text.ModelAnswer }
            : this;
}

/// <summary>What a translation of a scenario rewrites: everything a person reads; the id, industry and standards stay.</summary>
public sealed record ScenarioText(string Title, string Step, string Goal, string CustomerSays, string ModelAnswer);

namespace CoachBot.Core.Content;

/// <summary>A documented service standard, scored 0-3 by its level descriptions.</summary>
public sealed record Standard(
    string Id,
    string Name,
    string Audience,
    string Summary,
    IReadOnlyDictionary<int, string> Levels,
    IReadOnlyList<Scoring.Rubric.LevelRule> Scoring)
{
    public const string FrontlineAudience = "frontline";
    public const string ManagerAudience = "manager";

    public bool IsFrontline => Audience == FrontlineAudience;

    /// <summary>The name, summary and level wording in other languages (<c>prompts/translations/&lt;code&gt;/standards.yml</c>).</summary>
    public IReadOnlyDictionary<string, StandardText> Translations { get; init; } = new Dictionary<string, StandardText>();

    /// <summary>The standard as written in a language, or as it is when it has no such translation.</summary>
    public Standard In(string? language) =>
        language is not null && Translations.TryGetValue(language, out var text)
            ? this with { Name = text.Name, Summary = text.Summary, Levels = text.Levels.Count > 0 ? text.Levels : Levels }
            : this;
}

/// <summary>What a translation of a standard rewrites.</summary>
public sealed record StandardText(string Name, string Summary, IReadOnlyDictionary<int, string> Levels);

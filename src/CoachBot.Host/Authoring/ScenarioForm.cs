using CoachBot.Core.Authoring;
using CoachBot.Core.Content;

namespace CoachBot.Host.Authoring;

/// <summary>A scenario as the page and the JSON API send and receive it; each language's text under its code.</summary>
internal sealed record ScenarioForm(string? Id, string? Industry, string? Audience, List<string>? Standards, Dictionary<string, TextForm>? Texts)
{
    public AuthoredScenario ToScenario(string? id = null) => new(
        id ?? Id ?? "",
        Industry ?? "",
        Audience ?? Standard.FrontlineAudience,
        Standards ?? [],
        (Texts ?? []).ToDictionary(
            kv => kv.Key,
            kv => new ScenarioText(kv.Value?.Title ?? "", kv.Value?.Step ?? "", kv.Value?.Goal ?? "", kv.Value?.CustomerSays ?? "", kv.Value?.ModelAnswer ?? ""),
            StringComparer.Ordinal));

    public static ScenarioForm From(AuthoredScenario s) => new(
        s.Id, s.Industry, s.Audience, [.. s.Standards],
        s.Texts.ToDictionary(kv => kv.Key, kv => new TextForm(kv.Value.Title, kv.Value.Step, kv.Value.Goal, kv.Value.CustomerSays, kv.Value.ModelAnswer)));
}

internal sealed record TextForm(string? Title, string? Step, string? Goal, string? CustomerSays, string? ModelAnswer);

/// <summary>Files as they sit under <c>prompts/</c>: <c>scenarios/&lt;id&gt;.yml</c> and <c>translations/&lt;code&gt;/scenarios/&lt;id&gt;.yml</c>.</summary>
internal sealed record YamlFiles(List<YamlFile>? Files);

internal sealed record YamlFile(string? Path, string? Yaml);

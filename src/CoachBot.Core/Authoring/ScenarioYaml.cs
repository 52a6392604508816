using CoachBot.Core.Content;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace CoachBot.Core.Authoring;

/// <summary>
/// A scenario as the files under <c>prompts/</c> hold it: <c>scenarios/&lt;id&gt;.yml</c> in one language and
/// <c>translations/&lt;code&gt;/scenarios/&lt;id&gt;.yml</c> for each other, so a scenario moves between the dashboard and the
/// repository unchanged.
/// </summary>
public static class ScenarioYaml
{
    private static readonly ISerializer Writer = new SerializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .ConfigureDefaultValuesHandling(DefaultValuesHandling.OmitNull)
        .Build();

    public static string OwnPath(string id) => $"{ContentLoader.ScenariosFolder}/{id}.yml";

    public static string TranslationPath(string language, string id) => $"{TranslationLoader.Folder}/{language}/{ContentLoader.ScenariosFolder}/{id}.yml";

    /// <summary>The files of a scenario, its own first, each as a path under <c>prompts/</c> and its YAML.</summary>
    public static IReadOnlyList<(string Path, string Yaml)> Export(AuthoredScenario scenario, IReadOnlyList<string> languages)
    {
        var first = scenario.BaseLanguage(languages);
        return scenario.Texts.Keys.Where(code => code != first).OrderBy(code => code, StringComparer.Ordinal)
            .Select(code => (TranslationPath(code, scenario.Id), Writer.Serialize(TranslationFile(scenario, code))))
            .Prepend((OwnPath(scenario.Id), Writer.Serialize(OwnFile(scenario, first))))
            .ToList();
    }

    /// <summary>
    /// A scenario from its files (paths as under <c>prompts/</c>). The own file's language is the one it reads as, as
    /// <c>validate</c> tells which translations are missing; the problems name the file and field, and then the scenario is null.
    /// </summary>
    public static (AuthoredScenario? Scenario, IReadOnlyList<FieldProblem> Problems) Import(IReadOnlyList<(string Path, string Yaml)> files, ContentPack pack)
    {
        var problems = new List<ContentProblem>();
        ScenarioFile? own = null;
        var translations = new Dictionary<string, ScenarioFile>(StringComparer.Ordinal);
        foreach (var (path, yaml) in files)
        {
            var parts = (path ?? "").Replace('\\', '/').Split('/');
            var file = ContentLoader.ParseText<ScenarioFile>(path ?? "", yaml ?? "", problems);
            if (file is null)
            {
                continue;
            }

            if (parts is [ContentLoader.ScenariosFolder, _] && own is null)
            {
                own = file;
            }
            else if (parts is [TranslationLoader.Folder, var code, ContentLoader.ScenariosFolder, _] && !translations.ContainsKey(code))
            {
                translations[code] = file;
            }
            else
            {
                problems.Add(new(path ?? "", "(file)", $"must be {OwnPath("<id>")} (once) or {TranslationPath("<code>", "<id>")} (once per language)"));
            }
        }

        if (own is null)
        {
            problems.Add(new(OwnPath("<id>"), "(file)", "is missing: a scenario needs its own file"));
        }

        foreach (var (code, file) in translations.Where(t => own is not null && t.Value.Id != own.Id))
        {
            problems.Add(new(TranslationPath(code, file.Id ?? ""), "id", $"'{file.Id}' is not the scenario's id '{own!.Id}'"));
        }

        if (problems.Count > 0)
        {
            return (null, problems.Select(p => new FieldProblem(p.Field, p.Problem, p.Path)).ToList());
        }

        var ownText = Text(own!);
        var writtenIn = Scoring.Languages.LanguageDetector.Detect($"{own!.Title}. {own.Goal}. {own.CustomerSays}", pack.Languages)?.Code
            ?? ScenarioChecks.Languages(pack)[0];
        var texts = translations.ToDictionary(t => t.Key, t => Text(t.Value), StringComparer.Ordinal);
        texts.TryAdd(writtenIn, ownText);
        return (new AuthoredScenario(own.Id ?? "", own.Industry ?? "", own.Audience ?? Standard.FrontlineAudience, own.Standards ?? [], texts), []);
    }

    internal static ScenarioFile OwnFile(AuthoredScenario scenario, string language)
    {
        var text = scenario.Texts[language];
        return new ScenarioFile
        {
            Id = scenario.Id, Title = text.Title, Industry = scenario.Industry, Step = text.Step, Goal = text.Goal, CustomerSays = text.CustomerSays,
            Standards = [.. scenario.Standards], ModelAnswer = text.ModelAnswer,
            Audience = scenario.Audience == Standard.FrontlineAudience ? null : scenario.Audience,
        };
    }

    internal static ScenarioFile TranslationFile(AuthoredScenario scenario, string language)
    {
        var text = scenario.Texts[language];
        return new ScenarioFile { Id = scenario.Id, Title = text.Title, Step = text.Step, Goal = text.Goal, CustomerSays = text.CustomerSays, ModelAnswer = text.ModelAnswer };
    }

    private static ScenarioText Text(ScenarioFile file) =>
        new(file.Title ?? "", file.Step ?? "", file.Goal ?? "", file.CustomerSays ?? "", file.ModelAnswer ?? "");
}

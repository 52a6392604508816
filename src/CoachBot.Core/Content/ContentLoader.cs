using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace CoachBot.Core.Content;

/// <summary>Loads and validates the standards pack and scenarios; reports every problem at once.</summary>
public static partial class ContentLoader
{
    public const string StandardsFileName = "standards.yml";
    public const string ScenariosFolder = "scenarios";
    public const int DefaultMinScenariosPerStandard = 5;
    public const int MinScenariosPerManagerStandard = 3;
    public const int MaxCustomerSaysLength = 1_000;

    // A key written twice would otherwise keep only its last value, silently.
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .WithDuplicateKeyChecking()
        .Build();

    /// <summary>The codes of the languages CoachBot speaks with this content: one catalogue each in <c>ui/</c>.</summary>
    public static IReadOnlyList<string> LanguageCodes(string directory)
    {
        var folder = Path.Combine(directory, TextLoader.Folder);
        return Directory.Exists(folder) ? [.. Directory.EnumerateFiles(folder, "*.yml").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal)] : [];
    }

    /// <exception cref="ContentValidationException">The folder has at least one problem.</exception>
    public static ContentPack Load(string directory, int minScenariosPerStandard = DefaultMinScenariosPerStandard)
    {
        var problems = new List<ContentProblem>();
        var standardsPath = Path.Combine(directory, StandardsFileName);
        var (standards, signals) = LoadStandards(standardsPath, problems);
        var scenarios = LoadScenarios(Path.Combine(directory, ScenariosFolder), standards, problems);
        CheckCoverage(standardsPath, standards, scenarios, minScenariosPerStandard, problems);
        var languages = LanguageLoader.Load(Path.Combine(directory, LanguageLoader.Folder), problems);
        (standards, scenarios) = TranslationLoader.Load(
            Path.Combine(directory, TranslationLoader.Folder), languages.Select(l => l.Code).ToHashSet(), standards, scenarios, problems);
        RubricChecks.Check(standardsPath, standards, signals, Path.Combine(directory, LanguageLoader.Folder), languages, problems);
        var texts = TextLoader.Load(Path.Combine(directory, TextLoader.Folder), languages.Select(l => l.Code).ToList(),
            scenarios.Select(s => s.Industry).Distinct(StringComparer.Ordinal), problems);
        if (problems.Count > 0 || texts is null)
        {
            throw new ContentValidationException(problems);
        }

        return new ContentPack(standards, scenarios, signals, languages, texts);
    }

    private static (List<Standard>, Dictionary<string, string>) LoadStandards(string path, List<ContentProblem> problems)
    {
        var file = ParseFile<StandardsFile>(path, problems);
        if (file is null)
        {
            return ([], []);
        }

        var signals = (file.Signals ?? []).ToDictionary(kv => kv.Key, kv => kv.Value?.Trim() ?? "", StringComparer.Ordinal);

        if (file.Standards is not { Count: > 0 })
        {
            problems.Add(new(path, "standards", "is missing or empty"));
            return ([], signals);
        }

        var result = new List<Standard>();
        for (var i = 0; i < file.Standards.Count; i++)
        {
            var entry = file.Standards[i];
            var field = $"standards[{i}]";
            var before = problems.Count;
            var id = RequireId(path, $"{field}.id", entry.Id, problems);
            Require(path, $"{field}.name", entry.Name, problems);
            Require(path, $"{field}.summary", entry.Summary, problems);
            var audience = entry.Audience ?? Standard.FrontlineAudience;
            CheckAudience(path, $"{field}.audience", audience, problems);
            for (var level = 0; level <= 3; level++)
            {
                if (string.IsNullOrWhiteSpace(entry.Levels?.GetValueOrDefault(level)))
                {
                    problems.Add(new(path, $"{field}.levels.{level}", "every standard needs a description for each level 0-3"));
                }
            }

            if (id is not null && result.Any(s => s.Id == id))
            {
                problems.Add(new(path, $"{field}.id", $"'{id}' is used twice"));
            }

            var scoring = RubricChecks.ParseScoring(path, field, entry.Scoring, problems);
            if (problems.Count == before)
            {
                result.Add(new Standard(id!, entry.Name!.Trim(), audience, entry.Summary!.Trim(), entry.Levels ?? [], scoring));
            }
        }

        return (result, signals);
    }

    private static List<Scenario> LoadScenarios(string folder, List<Standard> standards, List<ContentProblem> problems)
    {
        if (!Directory.Exists(folder))
        {
            problems.Add(new(folder, "(folder)", "does not exist"));
            return [];
        }

        var result = new List<Scenario>();
        var files = Directory.EnumerateFiles(folder, "*.yml").Concat(Directory.EnumerateFiles(folder, "*.yaml")).Order(StringComparer.Ordinal);
        foreach (var path in files)
        {
            var file = ParseFile<ScenarioFile>(path, problems);
            if (file is null)
            {
                continue;
            }

            var before = problems.Count;
            var scenario = ReadScenario(path, file, standards, problems);
            if (file.Id is { } id && result.Any(s => s.Id == id))
            {
                problems.Add(new(path, "id", $"'{id}' is already used by another scenario"));
            }

            if (scenario is not null && problems.Count == before)
            {
                result.Add(scenario);
            }
        }

        if (result.Count == 0 && !problems.Any(p => p.Path.StartsWith(folder, StringComparison.Ordinal)))
        {
            problems.Add(new(folder, "(folder)", "has no scenario files (*.yml)"));
        }

        return result;
    }

    /// <summary>One scenario file's fields, checked as <c>validate</c> checks them; null when any is wrong.</summary>
    internal static Scenario? ReadScenario(string path, ScenarioFile file, IReadOnlyList<Standard> standards, List<ContentProblem> problems)
    {
        var before = problems.Count;
        var id = RequireId(path, "id", file.Id, problems);
        foreach (var (field, value) in new[] { ("title", file.Title), ("industry", file.Industry), ("step", file.Step), ("goal", file.Goal), ("customer_says", file.CustomerSays), ("model_answer", file.ModelAnswer) })
        {
            Require(path, field, value, problems);
        }

        if (file.CustomerSays?.Length > MaxCustomerSaysLength)
        {
            problems.Add(new(path, "customer_says", $"is {file.CustomerSays.Length} characters; at most {MaxCustomerSaysLength}"));
        }

        var audience = file.Audience?.Trim() ?? Standard.FrontlineAudience;
        CheckAudience(path, "audience", audience, problems);
        CheckAssessedStandards(path, audience, file.Standards, standards, problems);
        return problems.Count == before
            ? new Scenario(id!, file.Title!.Trim(), file.Industry!.Trim(), file.Step!.Trim(), file.Goal!.Trim(),
                file.CustomerSays!.Trim(), file.Standards!, file.ModelAnswer!.Trim()) { Audience = audience }
            : null;
    }

    private static void CheckAudience(string path, string field, string audience, List<ContentProblem> problems)
    {
        if (audience is not (Standard.FrontlineAudience or Standard.ManagerAudience))
        {
            problems.Add(new(path, field, $"must be '{Standard.FrontlineAudience}' or '{Standard.ManagerAudience}', not '{audience}'"));
        }
    }

    /// <summary>A frontline scenario assesses frontline standards and a manager scenario manager ones, so each is scored only where it applies.</summary>
    private static void CheckAssessedStandards(string path, string audience, List<string>? assessed, IReadOnlyList<Standard> standards, List<ContentProblem> problems)
    {
        if (assessed is not { Count: > 0 })
        {
            problems.Add(new(path, "standards", $"must list at least one {audience} standard id"));
            return;
        }

        foreach (var id in assessed)
        {
            var standard = standards.FirstOrDefault(s => s.Id == id);
            if (standard is null)
            {
                problems.Add(new(path, "standards", $"'{id}' is not a standard in {StandardsFileName}"));
            }
            else if (standard.Audience != audience)
            {
                problems.Add(new(path, "standards", $"'{id}' is a {standard.Audience} standard; a {audience} scenario assesses {audience} standards only"));
            }
        }

        if (assessed.Distinct(StringComparer.Ordinal).Count() != assessed.Count)
        {
            problems.Add(new(path, "standards", "lists a standard twice"));
        }
    }

    internal static void CheckCoverage(string path, IReadOnlyList<Standard> standards, IReadOnlyList<Scenario> scenarios, int minimum, List<ContentProblem> problems)
    {
        if (scenarios.Count == 0)
        {
            return;
        }

        foreach (var standard in standards)
        {
            var needed = standard.IsFrontline ? minimum : Math.Min(minimum, MinScenariosPerManagerStandard);
            var count = scenarios.Count(s => s.Assesses(standard.Id));
            if (count < needed)
            {
                problems.Add(new(path, $"standards.{standard.Id}", $"is assessed by {count} {standard.Audience} scenario(s); at least {needed} are needed"));
            }
        }
    }

    internal static T? ParseFile<T>(string path, List<ContentProblem> problems)
        where T : class
    {
        if (!File.Exists(path))
        {
            problems.Add(new(path, "(file)", "does not exist"));
            return null;
        }

        return ParseText<T>(path, File.ReadAllText(path), problems);
    }

    /// <summary>YAML text in the shape of a content file, its problems named as in <paramref name="path"/>.</summary>
    internal static T? ParseText<T>(string path, string text, List<ContentProblem> problems)
        where T : class
    {
        try
        {
            var parsed = Yaml.Deserialize<T>(text);
            if (parsed is null)
            {
                problems.Add(new(path, "(file)", "is empty"));
            }

            return parsed;
        }
        catch (YamlException ex)
        {
            var message = (ex.InnerException ?? ex).Message;
            problems.Add(new(path, $"line {ex.Start.Line}, column {ex.Start.Column}", message));
            return null;
        }
    }

    private static string? RequireId(string path, string field, string? value, List<ContentProblem> problems)
    {
        if (!Require(path, field, value, problems))
        {
            return null;
        }

        if (!IdPattern().IsMatch(value!))
        {
            problems.Add(new(path, field, $"'{value}' must be lower-case letters, digits and dashes"));
            return null;
        }

        return value;
    }

    internal static bool Require(string path, string field, string? value, List<ContentProblem> problems)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        problems.Add(new(path, field, "is required"));
        return false;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial Regex IdPattern();
}

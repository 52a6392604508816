using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using CoachBot.Core.Content;
using CoachBot.Core.Scoring.Rubric;

namespace CoachBot.Llm;

/// <summary>
/// The signal checklist prompt, built from the template and examples under prompts/llm/ and the standards
/// pack: the model is asked the yes/no questions the assessed standards' level rules read, so editing the
/// standards changes what the model is asked.
/// </summary>
public sealed class LlmPrompt
{
    private const string ExampleNonce = "example";

    private readonly string _template;
    private readonly ContentPack _content;
    private readonly string _examples;

    private LlmPrompt(string template, ContentPack content, string examples)
    {
        _template = template;
        _content = content;
        _examples = examples;
    }

    /// <exception cref="ContentValidationException">A prompt file is missing or an example does not fit the standards pack.</exception>
    public static LlmPrompt Load(string contentDirectory, LlmScoringOptions options, ContentPack content)
    {
        var templatePath = Path.Combine(contentDirectory, options.PromptFile);
        var examplesPath = Path.Combine(contentDirectory, options.ExamplesFile);
        var problems = new List<ContentProblem>();
        if (!File.Exists(templatePath))
        {
            problems.Add(new(templatePath, "(file)", "does not exist"));
        }

        var examples = File.Exists(examplesPath) ? LlmExamples.Render(examplesPath, content, problems) : "";
        if (problems.Count > 0)
        {
            throw new ContentValidationException(problems);
        }

        return new LlmPrompt(File.ReadAllText(templatePath), content, examples);
    }

    /// <summary>The signals the level rules of the scenario's standards read, in the order they are first named.</summary>
    public IReadOnlyList<string> SignalsFor(Scenario scenario) => SignalsFor(scenario, _content);

    public string System(Scenario scenario)
    {
        var signals = SignalsFor(scenario);
        return _template
            .Replace("{{signals}}", Checklist(signals), StringComparison.Ordinal)
            .Replace("{{signal_names}}", string.Join(", ", signals), StringComparison.Ordinal)
            .Replace("{{examples}}", _examples, StringComparison.Ordinal);
    }

    /// <summary>
    /// The scenario and the answer. The markers carry a fresh random nonce, so an answer that types a marker
    /// cannot close the fence early and smuggle instructions after it.
    /// </summary>
    public static string User(Scenario scenario, string answer) =>
        User(scenario, answer, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)));

    internal static string User(Scenario scenario, string answer, string nonce) =>
        $"Scenario: {scenario.Title} ({scenario.Industry}, {scenario.Step})\nThe customer's goal: {scenario.Goal}\n"
        + $"The customer says: \"{scenario.CustomerSays}\"\n\n"
        + $"The employee's answer, between the two markers with the code {nonce}:\n<<<ANSWER {nonce}\n{answer}\nANSWER {nonce}>>>";

    internal static string ExampleUser(Scenario scenario, string answer) => User(scenario, answer, ExampleNonce);

    internal static IReadOnlyList<string> SignalsFor(Scenario scenario, ContentPack content) =>
        scenario.Standards
            .SelectMany(id => LevelDecision.SignalsOf(content.FindStandard(id)!.Scoring))
            .Distinct(StringComparer.Ordinal)
            .ToList();

    /// <summary>The reply we ask for: every listed signal, present or not, with the quote of a present one.</summary>
    internal static JsonObject Reply(IEnumerable<string> signals, IReadOnlyDictionary<string, string?> present)
    {
        var answers = new JsonObject();
        foreach (var name in signals)
        {
            answers[name] = new JsonObject { ["present"] = present.ContainsKey(name), ["quote"] = present.GetValueOrDefault(name) ?? "" };
        }

        return new JsonObject { ["signals"] = answers };
    }

    private string Checklist(IReadOnlyList<string> signals)
    {
        var text = new StringBuilder();
        for (var i = 0; i < signals.Count; i++)
        {
            text.Append(i + 1).Append(". `").Append(signals[i]).Append("`: ").AppendLine(_content.Signals.GetValueOrDefault(signals[i]) ?? signals[i]);
        }

        return text.ToString().TrimEnd();
    }
}

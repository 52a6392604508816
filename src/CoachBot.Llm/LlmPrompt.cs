using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CoachBot.Core.Content;
using YamlDotNet.Serialization;

namespace CoachBot.Llm;

/// <summary>
/// The rubric prompt, built from the template and examples under prompts/llm/ and the standards pack, so
/// editing the standards changes what the model is told.
/// </summary>
public sealed class LlmPrompt
{
    private readonly string _template;
    private readonly ContentPack _content;
    private readonly string _examples;

    private LlmPrompt(string template, ContentPack content, string examples)
    {
        _template = template;
        _content = content;
        _examples = examples;
    }

    /// <exception cref="ContentValidationException">A prompt file is missing or an example names an unknown scenario.</exception>
    public static LlmPrompt Load(string contentDirectory, LlmScoringOptions options, ContentPack content)
    {
        var templatePath = Path.Combine(contentDirectory, options.PromptFile);
        var examplesPath = Path.Combine(contentDirectory, options.ExamplesFile);
        var problems = new List<ContentProblem>();
        if (!File.Exists(templatePath))
        {
            problems.Add(new(templatePath, "(file)", "does not exist"));
        }

        var examples = File.Exists(examplesPath) ? RenderExamples(examplesPath, content, problems) : "";
        if (problems.Count > 0)
        {
            throw new ContentValidationException(problems);
        }

        return new LlmPrompt(File.ReadAllText(templatePath), content, examples);
    }

    public IReadOnlyList<string> FrontlineStandardIds => _content.FrontlineStandards.Select(s => s.Id).ToList();

    public string System(Scenario scenario) => _template
        .Replace("{{standards}}", Standards(scenario), StringComparison.Ordinal)
        .Replace("{{examples}}", _examples, StringComparison.Ordinal)
        .Replace("{{assessed}}", string.Join(", ", scenario.Standards), StringComparison.Ordinal);

    public static string User(Scenario scenario, string answer) =>
        $"Scenario: {scenario.Title} ({scenario.Industry}, {scenario.Step})\nThe customer's goal: {scenario.Goal}\n"
        + $"The customer says: \"{scenario.CustomerSays}\"\n\nThe employee's answer, between the markers:\n<<<ANSWER\n{answer}\nANSWER>>>";

    private string Standards(Scenario scenario)
    {
        var text = new StringBuilder();
        foreach (var id in scenario.Standards)
        {
            var standard = _content.FindStandard(id)!;
            text.Append("## `").Append(id).Append("`: ").AppendLine(standard.Name).AppendLine(standard.Summary);
            foreach (var (level, description) in standard.Levels.OrderBy(l => l.Key))
            {
                text.Append("- ").Append(level).Append(": ").AppendLine(description);
            }

            text.AppendLine();
        }

        return text.ToString().TrimEnd();
    }

    private static string RenderExamples(string path, ContentPack content, List<ContentProblem> problems)
    {
        var examples = new DeserializerBuilder().Build().Deserialize<List<Dictionary<string, object>>>(File.ReadAllText(path)) ?? [];
        var text = new StringBuilder();
        for (var i = 0; i < examples.Count; i++)
        {
            var id = examples[i].GetValueOrDefault("scenario") as string;
            var scenario = id is null ? null : content.FindScenario(id);
            if (scenario is null)
            {
                problems.Add(new(path, $"[{i}].scenario", $"'{id}' is not a scenario under scenarios/"));
                continue;
            }

            var scores = JsonSerializer.SerializeToNode(examples[i].GetValueOrDefault("scores"))!;
            text.AppendLine(User(scenario, examples[i].GetValueOrDefault("answer") as string ?? ""))
                .AppendLine("Expected reply:")
                .AppendLine(new JsonObject { ["scores"] = scores }.ToJsonString())
                .AppendLine();
        }

        return text.ToString().TrimEnd();
    }
}

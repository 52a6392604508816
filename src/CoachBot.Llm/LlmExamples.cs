using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CoachBot.Core.Content;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace CoachBot.Llm;

/// <summary>
/// The few-shot examples: an answer to a shipped scenario and the signals present in it, rendered as the full
/// checklist reply the model should give. An example that no longer fits the standards pack stops the load.
/// </summary>
internal static class LlmExamples
{
    // The examples are prompt text, not HTML: "I'll" stays readable rather than "I\u0027ll".
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Render(string path, ContentPack content, List<ContentProblem> problems)
    {
        List<Example> examples;
        try
        {
            examples = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build()
                .Deserialize<List<Example>>(File.ReadAllText(path)) ?? [];
        }
        catch (YamlException ex)
        {
            problems.Add(new(path, $"(line {ex.Start.Line})", ex.InnerException?.Message ?? ex.Message));
            return "";
        }

        var text = new StringBuilder();
        for (var i = 0; i < examples.Count; i++)
        {
            var example = examples[i];
            var scenario = example.Scenario is null ? null : content.FindScenario(example.Scenario);
            if (scenario is null)
            {
                problems.Add(new(path, $"[{i}].scenario", $"'{example.Scenario}' is not a scenario under scenarios/"));
                continue;
            }

            var answer = example.Answer ?? "";
            var asked = LlmPrompt.SignalsFor(scenario, content);
            var present = example.Signals ?? [];
            foreach (var (name, quote) in present)
            {
                if (!asked.Contains(name))
                {
                    problems.Add(new(path, $"[{i}].signals.{name}", $"is not a signal the level rules of {scenario.Id}'s standards read"));
                }
                else if (!string.IsNullOrEmpty(quote) && !LlmReply.IsQuoted(quote, answer))
                {
                    problems.Add(new(path, $"[{i}].signals.{name}", $"\"{quote}\" is not in the example's answer"));
                }
            }

            text.AppendLine(LlmPrompt.ExampleUser(scenario, answer))
                .AppendLine("Expected reply:")
                .AppendLine(LlmPrompt.Reply(asked, present).ToJsonString(Readable))
                .AppendLine();
        }

        return text.ToString().TrimEnd();
    }

    private sealed class Example
    {
        public string? Scenario { get; set; }

        public string? Answer { get; set; }

        /// <summary>The signals present in the answer, each with its quote; every other listed signal is absent.</summary>
        public Dictionary<string, string?>? Signals { get; set; }
    }
}

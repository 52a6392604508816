using System.CommandLine;
using System.Text.Json;
using CoachBot.Core.Scoring;

namespace CoachBot.Cli.Commands;

internal static class ScoreCommand
{
    public static Command Create()
    {
        var content = ContentOption.Create();
        var scenarioId = new Option<string>("--scenario") { Description = "Scenario id (see prompts/scenarios/)", Required = true };
        var answer = new Option<string>("--answer") { Description = "What the employee would say", Required = true };
        var json = new Option<bool>("--json") { Description = "Print JSON instead of a table" };
        var scorer = ScorerOption.Create();
        var command = new Command("score", "Score one answer to a scenario and explain each score.") { scenarioId, answer, json, content, scorer };
        command.SetAction(async (parse, ct) =>
        {
            var pack = ContentOption.TryLoad(ContentOption.DirectoryFrom(parse, content));
            if (pack is null)
            {
                return 1;
            }

            var id = parse.GetValue(scenarioId)!;
            var scenario = pack.FindScenario(id);
            if (scenario is null)
            {
                Console.Error.WriteLine($"Unknown scenario '{id}'. Known: {string.Join(", ", pack.Scenarios.Select(s => s.Id))}");
                return 2;
            }

            var text = parse.GetValue(answer)!;
            if (string.IsNullOrWhiteSpace(text))
            {
                Console.Error.WriteLine("The answer is empty: type what you would say to the customer.");
                return 2;
            }

            var scorers = ScorerOption.Build(parse.GetValue(scorer)!, ContentOption.DirectoryFrom(parse, content), pack);
            if (scorers is null)
            {
                return 2;
            }

            var assessment = await scorers[^1].ScoreAsync(scenario, text, ct);
            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(assessment, JsonDefaults.Output));
                return 0;
            }

            if (!assessment.IsScored)
            {
                Console.Error.WriteLine("Not scored: the answer is in none of the languages the scorer reads (English, Russian, Mongolian).");
                return 3;
            }

            Console.WriteLine($"{scenario.Title} ({scenario.Id}), scored by {assessment.ScorerName} in {assessment.Language}");
            foreach (var score in assessment.Scores)
            {
                Console.WriteLine($"  {score.StandardId,-18} {(score.Score?.ToString() ?? "n/a"),3}  {string.Join(" | ", score.Evidence.Select(e => $"\"{e}\""))}");
                if (score.Tip is not null)
                {
                    Console.WriteLine($"  {"",-18}      tip: {score.Tip}");
                }
            }

            return 0;
        });
        return command;
    }
}

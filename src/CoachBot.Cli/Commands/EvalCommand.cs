using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CoachBot.Core.Evaluation;
using CoachBot.Core.Scoring;

namespace CoachBot.Cli.Commands;

internal static class EvalCommand
{
    public static Command Create()
    {
        var file = new Option<FileInfo>("--file") { Description = "Labelled answers in the shared/calibration JSON Lines format", Required = true };
        var json = new Option<bool>("--json") { Description = "Print {\"standards\":{...},\"mean_qwk\":...} only" };
        var confusion = new Option<bool>("--confusion") { Description = "Also print a confusion matrix (human rows × scorer columns) per standard" };
        var show = new Option<bool>("--disagreements") { Description = "Also print each answer the scorer scored differently from the label, with the scorer's evidence" };
        var readings = new Option<FileInfo?>("--readings") { Description = "Also write every answer as read (language, signals with the words that show them, scores, labels) to this JSON Lines file, to study the scorer on a tuning set" };
        var signalsFrom = new Option<FileInfo?>("--signals-from") { Description = "Score from the signals an earlier --readings run wrote for these answers, with the level rules of --content: to try rule changes on first-sight readings without reading again" };
        var by = new Option<string?>("--by") { Description = "Also print the figures per value of this field of each line, e.g. lang or category" };
        var scorer = ScorerOption.Create();
        var content = ContentOption.Create();
        var command = new Command("eval", "Compare scorers with human labels: n, quadratic weighted kappa, exact and within-one agreement per standard.") { file, json, confusion, by, show, readings, signalsFrom, scorer, content };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                Console.Error.WriteLine($"No such file: {path.FullName}");
                return 2;
            }

            IReadOnlyList<CalibrationItem> items;
            try
            {
                items = CalibrationFileReader.Read(path.FullName);
            }
            catch (FormatException ex)
            {
                Console.Error.WriteLine(ex.Message);
                return 2;
            }

            var directory = ContentOption.DirectoryFrom(parse, content);
            var pack = ContentOption.TryLoad(directory);
            var scorers = pack is null ? null
                : parse.GetValue(signalsFrom) is { } stored ? StoredSignalsScorer.Load(stored, pack, items) is { } fromReadings ? [fromReadings] : null
                : ScorerOption.Build(parse.GetValue(scorer)!, directory, pack);
            if (scorers is null)
            {
                return 2;
            }

            var field = parse.GetValue(by);
            // Manager standards are listed only when the file labels them, so a frontline file reads as before.
            var standards = pack!.FrontlineStandards.Concat(pack.ManagerStandards.Where(m => items.Any(i => i.Labels.ContainsKey(m.Id))))
                .Select(s => s.Id).ToList();
            var results = new List<(EvalReport Overall, List<(string Group, EvalReport Report)> Groups)>();
            foreach (var s in scorers)
            {
                var overall = await Evaluator.RunAsync(s, items, standards, ct);
                var groups = new List<(string, EvalReport)>();
                foreach (var group in field is null ? Enumerable.Empty<IGrouping<string, CalibrationItem>>() : items.GroupBy(i => i.Fields.GetValueOrDefault(field) ?? "(none)").OrderBy(g => g.Key, StringComparer.Ordinal))
                {
                    groups.Add((group.Key, await Evaluator.RunAsync(s, group.ToList(), standards, ct)));
                }

                results.Add((overall, groups));
            }

            if (parse.GetValue(readings) is { } readingsFile)
            {
                WriteReadings(readingsFile.FullName, results[^1].Overall);
            }

            if (parse.GetValue(json))
            {
                Console.WriteLine(results.Count == 1
                    ? ToJson(results[0], field).ToJsonString()
                    : new JsonObject(results.Select(r => KeyValuePair.Create(r.Overall.ScorerName, (JsonNode?)ToJson(r, field)))).ToJsonString());
                return 0;
            }

            foreach (var (overall, groups) in results)
            {
                if (parse.GetValue(show))
                {
                    PrintDisagreements(overall);
                }

                PrintTable(overall, null, parse.GetValue(confusion));
                Console.WriteLine();
                foreach (var (group, report) in groups)
                {
                    PrintTable(report, $"{field} = {group}", parse.GetValue(confusion));
                    Console.WriteLine();
                }
            }

            return 0;
        });
        return command;
    }

    private static JsonObject ToJson((EvalReport Overall, List<(string Group, EvalReport Report)> Groups) result, string? field)
    {
        var json = ToJson(result.Overall);
        if (field is not null)
        {
            json["by"] = new JsonObject { [field] = new JsonObject(result.Groups.Select(g => KeyValuePair.Create(g.Group, (JsonNode?)ToJson(g.Report)))) };
        }

        return json;
    }

    private static JsonObject ToJson(EvalReport report)
    {
        var standards = new JsonObject();
        foreach (var s in report.Standards)
        {
            standards[s.StandardId] = new JsonObject
            {
                ["n"] = s.N,
                ["qwk"] = Round(s.Qwk),
                ["exact"] = Round(s.Exact),
                ["within1"] = Round(s.Within1),
            };
        }

        return new JsonObject { ["standards"] = standards, ["mean_qwk"] = Round(report.MeanQwk) };
    }

    private static void PrintDisagreements(EvalReport report)
    {
        foreach (var (item, assessment) in report.Scored)
        {
            var wrong = assessment.Scores.Where(s => item.Labels.GetValueOrDefault(s.StandardId) is int human && human != (s.Score ?? 0)).ToList();
            if (wrong.Count == 0)
            {
                continue;
            }

            Console.WriteLine($"--- {item.Scenario.Id} [{string.Join(", ", item.Fields.Select(f => $"{f.Key}={f.Value}"))}] read as {assessment.Language ?? "(none)"}");
            Console.WriteLine(item.Answer);
            Console.WriteLine($"  signals: {string.Join(", ", assessment.Signals.Keys)}");
            foreach (var s in wrong)
            {
                Console.WriteLine($"  {s.StandardId}: human {item.Labels[s.StandardId]}, scorer {s.Score?.ToString(CultureInfo.InvariantCulture) ?? "-"}; evidence: {string.Join(" | ", s.Evidence)}; missing: {s.Missing}");
            }
        }

        Console.WriteLine();
    }

    private static void WriteReadings(string path, EvalReport report)
    {
        using var writer = new StreamWriter(path);
        foreach (var (item, assessment) in report.Scored)
        {
            var line = new JsonObject
            {
                ["scenario"] = item.Scenario.Id,
                ["fields"] = new JsonObject(item.Fields.Select(f => KeyValuePair.Create(f.Key, (JsonNode?)f.Value))),
                ["language"] = assessment.Language,
                ["signals"] = new JsonArray(assessment.Signals.Keys.Select(k => (JsonNode?)k).ToArray()),
                ["labels"] = new JsonObject(item.Labels.Select(l => KeyValuePair.Create(l.Key, (JsonNode?)l.Value))),
                ["scores"] = new JsonObject(assessment.Scores.Select(s => KeyValuePair.Create(s.StandardId, (JsonNode?)s.Score))),
                ["answer"] = item.Answer,
                ["evidence"] = new JsonObject(assessment.Signals.Select(s => KeyValuePair.Create(s.Key, (JsonNode?)s.Value))),
            };
            writer.WriteLine(line.ToJsonString(JsonDefaults.Output));
        }
    }

    private static JsonNode? Round(double value) => double.IsNaN(value) ? null : JsonValue.Create(Math.Round(value, 4));

    private static void PrintTable(EvalReport report, string? group, bool withConfusion)
    {
        static string F(double v) => double.IsNaN(v) ? "  -  " : v.ToString("0.000", CultureInfo.InvariantCulture);
        Console.WriteLine($"Scorer {report.ScorerName} on {report.Items} answers{(group is null ? "" : $" with {group}")}");
        Console.WriteLine($"{"standard",-18} {"n",4} {"qwk",6} {"exact",6} {"within1",7}");
        foreach (var s in report.Standards)
        {
            Console.WriteLine($"{s.StandardId,-18} {s.N,4} {F(s.Qwk),6} {F(s.Exact),6} {F(s.Within1),7}");
        }

        Console.WriteLine($"{"mean QWK",-18} {"",4} {F(report.MeanQwk),6}");
        if (!withConfusion)
        {
            return;
        }

        foreach (var s in report.Standards)
        {
            Console.WriteLine();
            Console.WriteLine($"{s.StandardId}: human (rows) × scorer (columns)");
            Console.WriteLine("       0    1    2    3");
            for (var h = 0; h < QuadraticWeightedKappa.Levels; h++)
            {
                Console.WriteLine($"  {h}  {s.Confusion[h, 0],4} {s.Confusion[h, 1],4} {s.Confusion[h, 2],4} {s.Confusion[h, 3],4}");
            }
        }
    }
}

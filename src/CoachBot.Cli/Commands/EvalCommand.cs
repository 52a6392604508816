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
        var scorer = ScorerOption.Create();
        var content = ContentOption.Create();
        var command = new Command("eval", "Compare scorers with human labels: n, quadratic weighted kappa, exact and within-one agreement per standard.") { file, json, confusion, scorer, content };
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

            var scorers = ScorerOption.Build(parse.GetValue(scorer)!, ContentOption.DirectoryFrom(parse, content));
            if (scorers is null)
            {
                return 2;
            }

            var reports = new List<EvalReport>();
            foreach (var s in scorers)
            {
                reports.Add(await Evaluator.RunAsync(s, items, RubricAnswerScorer.KnownStandards, ct));
            }

            if (parse.GetValue(json))
            {
                Console.WriteLine(reports.Count == 1
                    ? ToJson(reports[0]).ToJsonString()
                    : new JsonObject(reports.Select(r => KeyValuePair.Create(r.ScorerName, (JsonNode?)ToJson(r)))).ToJsonString());
                return 0;
            }

            foreach (var report in reports)
            {
                PrintTable(report, parse.GetValue(confusion));
                Console.WriteLine();
            }

            return 0;
        });
        return command;
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

    private static JsonNode? Round(double value) => double.IsNaN(value) ? null : JsonValue.Create(Math.Round(value, 4));

    private static void PrintTable(EvalReport report, bool withConfusion)
    {
        static string F(double v) => double.IsNaN(v) ? "  -  " : v.ToString("0.000", CultureInfo.InvariantCulture);
        Console.WriteLine($"Scorer {report.ScorerName} on {report.Items} answers");
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

using System.Text.Json.Nodes;
using CoachBot.Core.Content;
using CoachBot.Core.Evaluation;
using CoachBot.Core.Scoring;

namespace CoachBot.Cli.Commands;

/// <summary>
/// Scores each answer from the signals an earlier <c>eval --readings</c> run read in it, with the level rules of the
/// content given now: to fit the rules on the readings of the scorer that first saw the answers, without reading again.
/// </summary>
internal sealed class StoredSignalsScorer(RubricAnswerScorer rubric, ContentPack pack, IReadOnlyDictionary<(string Scenario, string Answer), (string? Language, Dictionary<string, string?> Signals)> readings) : IAnswerScorer
{
    public string Name => $"{RubricAnswerScorer.ScorerName} (stored signals)";

    /// <summary>The readings of these answers in a file written by <c>eval --readings</c>, or null after printing why they cannot be used.</summary>
    public static StoredSignalsScorer? Load(FileInfo file, ContentPack pack, IEnumerable<CalibrationItem> items)
    {
        if (!file.Exists)
        {
            Console.Error.WriteLine($"No such file: {file.FullName}");
            return null;
        }

        var path = file.FullName;
        var readings = new Dictionary<(string, string), (string?, Dictionary<string, string?>)>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            try
            {
                if (JsonNode.Parse(line) is not JsonObject { } node
                    || node["scenario"] is not JsonValue scenario || node["answer"] is not JsonValue answer || node["signals"] is not JsonArray names)
                {
                    throw new FormatException("it lacks scenario, answer or signals");
                }

                var evidence = node["evidence"] as JsonObject;
                var signals = names.Select(s => s!.GetValue<string>()).ToDictionary(s => s, s => evidence?[s]?.GetValue<string>(), StringComparer.Ordinal);
                readings[(scenario.GetValue<string>(), answer.GetValue<string>())] = (node["language"]?.GetValue<string>(), signals);
            }
            catch (Exception ex) when (ex is System.Text.Json.JsonException or InvalidOperationException or FormatException)
            {
                Console.Error.WriteLine($"{path}:{number}: not a line written by eval --readings ({ex.Message})");
                return null;
            }
        }

        if (items.FirstOrDefault(i => !readings.ContainsKey((i.Scenario.Id, i.Answer))) is { } unread)
        {
            Console.Error.WriteLine($"{path} has no reading of this answer: {unread.Scenario.Id}: {unread.Answer}");
            return null;
        }

        return new StoredSignalsScorer(new RubricAnswerScorer(pack), pack, readings);
    }

    public Task<AnswerAssessment> ScoreAsync(Scenario scenario, string answer, CancellationToken cancellationToken)
    {
        var (language, signals) = readings[(scenario.Id, answer)];
        var readIn = pack.Languages.FirstOrDefault(l => l.Code == language);
        var assessment = readIn is null
            ? new AnswerAssessment(scenario.Id, Name, pack.StandardsFor(scenario).Select(s => StandardScore.NotAssessed(s.Id)).ToList())
            : rubric.Decide(scenario, readIn, signals, Name);
        return Task.FromResult(assessment);
    }
}

using System.Text.Json;
using System.Text.RegularExpressions;
using CoachBot.Core.Content;
using CoachBot.Core.Scoring;

namespace CoachBot.Llm;

/// <summary>
/// Checks the model's JSON against the schema we asked for: every assessed standard scored 0-3, a tip, and
/// evidence that is really in the answer. A reply that fails is rejected with the reason.
/// </summary>
public static partial class LlmReply
{
    public static (IReadOnlyList<StandardScore>? Scores, string? Problem) Parse(string reply, Scenario scenario, string answer, IReadOnlyList<string> allStandards)
    {
        JsonElement scores;
        try
        {
            using var doc = JsonDocument.Parse(StripFence(reply));
            if (!doc.RootElement.TryGetProperty("scores", out var s) || s.ValueKind != JsonValueKind.Object)
            {
                return (null, "no \"scores\" object");
            }

            scores = s.Clone();
        }
        catch (JsonException ex)
        {
            return (null, "not JSON: " + ex.Message);
        }

        var result = new List<StandardScore>();
        foreach (var id in allStandards)
        {
            if (!scenario.Assesses(id))
            {
                result.Add(StandardScore.NotAssessed(id));
                continue;
            }

            if (!scores.TryGetProperty(id, out var entry) || entry.ValueKind != JsonValueKind.Object)
            {
                return (null, $"no score for {id}");
            }

            if (!entry.TryGetProperty("score", out var scoreElement) || scoreElement.ValueKind != JsonValueKind.Number
                || !scoreElement.TryGetInt32(out var score) || score is < 0 or > 3)
            {
                return (null, $"{id}: score must be an integer 0-3");
            }

            var evidence = Text(entry, "evidence");
            var quotes = Quotes(evidence);
            if (quotes.FirstOrDefault(q => !Normalise(answer).Contains(Normalise(q), StringComparison.Ordinal)) is { } invented)
            {
                return (null, $"{id}: the evidence \"{invented}\" is not in the answer");
            }

            if (score > 0 && quotes.Count == 0)
            {
                return (null, $"{id}: a score above 0 needs evidence from the answer");
            }

            var tip = Text(entry, "tip");
            result.Add(new StandardScore(id, score, quotes, score == 3 ? null : "see the tip", score == 3 || tip.Length == 0 ? null : tip));
        }

        return (result, null);
    }

    private static List<string> Quotes(string evidence) =>
        Ellipsis().Split(evidence).Select(q => q.Trim().Trim('"', '“', '”', '\'', ' ')).Where(q => q.Length > 0).ToList();

    private static string Text(JsonElement entry, string name) =>
        entry.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()!.Trim() : "";

    private static string StripFence(string reply)
    {
        var trimmed = reply.Trim();
        return trimmed.StartsWith("```", StringComparison.Ordinal) ? Fence().Replace(trimmed, "").Trim() : trimmed;
    }

    private static string Normalise(string text) =>
        Spaces().Replace(text.ToLowerInvariant().Replace('’', '\'').Replace('‘', '\'').Replace('“', '"').Replace('”', '"').Replace('—', '-').Replace('–', '-'), " ").Trim().TrimEnd('.', ',', ';', '!');

    [GeneratedRegex(@"\s*(?:…|\.\.\.)\s*")]
    private static partial Regex Ellipsis();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^```[a-zA-Z]*\s*|\s*```$")]
    private static partial Regex Fence();
}

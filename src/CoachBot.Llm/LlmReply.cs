using System.Text.Json;
using System.Text.RegularExpressions;
using CoachBot.Core.Scoring.Signals;

namespace CoachBot.Llm;

/// <summary>
/// Checks the model's JSON against the checklist we asked for: every listed signal answered true or false,
/// and a present signal quoted with words that are really in the answer. A reply that fails is rejected with the reason.
/// </summary>
public static partial class LlmReply
{
    /// <summary>Signals about what the answer lacks: there may be no words to quote.</summary>
    private static readonly IReadOnlySet<string> Unquotable = new HashSet<string>(StringComparer.Ordinal) { BuiltInSignals.NoMessage, BuiltInSignals.OffScenario };

    /// <returns>The present signals, each with its quote (null when there is none), or why the reply was rejected.</returns>
    public static (IReadOnlyDictionary<string, string?>? Signals, string? Problem) Parse(string reply, string answer, IReadOnlyList<string> asked)
    {
        JsonElement signals;
        try
        {
            using var doc = JsonDocument.Parse(StripFence(reply));
            if (doc.RootElement.ValueKind != JsonValueKind.Object
                || !doc.RootElement.TryGetProperty("signals", out var s) || s.ValueKind != JsonValueKind.Object)
            {
                return (null, "no \"signals\" object");
            }

            signals = s.Clone();
        }
        catch (JsonException ex)
        {
            return (null, "not JSON: " + ex.Message);
        }

        var present = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var name in asked)
        {
            if (!signals.TryGetProperty(name, out var entry) || entry.ValueKind != JsonValueKind.Object)
            {
                return (null, $"no answer for the signal {name}");
            }

            if (!entry.TryGetProperty("present", out var flag) || flag.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            {
                return (null, $"{name}: \"present\" must be true or false");
            }

            if (!flag.GetBoolean())
            {
                continue;
            }

            var quotes = Quotes(Text(entry, "quote"));
            if (quotes.FirstOrDefault(q => !IsQuoted(q, answer)) is { } invented)
            {
                return (null, $"{name}: the quote \"{invented}\" is not in the answer");
            }

            if (quotes.Count == 0 && !Unquotable.Contains(name))
            {
                return (null, $"{name}: a present signal needs a quote from the answer");
            }

            present[name] = quotes.Count == 0 ? null : string.Join(" … ", quotes);
        }

        return (present, null);
    }

    /// <summary>Whether the quote is in the answer, ignoring case, spacing, typographic quotes and dashes.</summary>
    internal static bool IsQuoted(string quote, string answer) => Normalise(answer).Contains(Normalise(quote), StringComparison.Ordinal);

    private static List<string> Quotes(string quote) =>
        Ellipsis().Split(quote).Select(q => q.Trim().Trim('"', '“', '”', '\'', ' ')).Where(q => q.Length > 0).ToList();

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

using System.Globalization;

namespace CoachBot.Core.Texts;

/// <summary>
/// One plural category's CLDR rule over whole numbers, as written in a catalogue: relations such as
/// <c>n % 10 = 2..4</c> or <c>n != 11</c> joined by <c>and</c> and <c>or</c>, or <c>always</c>.
/// </summary>
public sealed class PluralRule
{
    public const string Always = "always";

    private readonly List<List<Func<long, bool>>> _anyOfAll;

    private PluralRule(List<List<Func<long, bool>>> anyOfAll) => _anyOfAll = anyOfAll;

    public bool Matches(long n) => _anyOfAll.Count == 0 || _anyOfAll.Any(all => all.All(relation => relation(Math.Abs(n))));

    /// <summary>The rule, or null with a reason when it is not one.</summary>
    public static PluralRule? Parse(string? text, out string? problem)
    {
        problem = null;
        var rule = text?.Trim() ?? "";
        if (rule == Always)
        {
            return new PluralRule([]);
        }

        var result = new List<List<Func<long, bool>>>();
        foreach (var alternative in rule.Split(" or ", StringSplitOptions.TrimEntries))
        {
            var all = new List<Func<long, bool>>();
            foreach (var relation in alternative.Split(" and ", StringSplitOptions.TrimEntries))
            {
                if (Relation(relation) is not { } parsed)
                {
                    problem = $"'{relation}' is not a relation like 'n % 10 = 2..4' or 'n != 11'";
                    return null;
                }

                all.Add(parsed);
            }

            result.Add(all);
        }

        return new PluralRule(result);
    }

    private static Func<long, bool>? Relation(string text)
    {
        var negated = text.Contains("!=", StringComparison.Ordinal);
        var parts = text.Split(negated ? "!=" : "=", 2, StringSplitOptions.TrimEntries);
        if (parts.Length != 2)
        {
            return null;
        }

        var operand = parts[0].Split('%', StringSplitOptions.TrimEntries);
        if (operand[0] != "n" || operand.Length > 2)
        {
            return null;
        }

        long modulus = 0;
        if (operand.Length == 2 && (!long.TryParse(operand[1], NumberStyles.None, CultureInfo.InvariantCulture, out modulus) || modulus <= 0))
        {
            return null;
        }

        var ranges = new List<(long From, long To)>();
        foreach (var item in parts[1].Split(',', StringSplitOptions.TrimEntries))
        {
            var bounds = item.Split("..", StringSplitOptions.TrimEntries);
            if (bounds.Length > 2 || !long.TryParse(bounds[0], NumberStyles.None, CultureInfo.InvariantCulture, out var from))
            {
                return null;
            }

            var to = from;
            if (bounds.Length == 2 && !long.TryParse(bounds[1], NumberStyles.None, CultureInfo.InvariantCulture, out to))
            {
                return null;
            }

            ranges.Add((from, to));
        }

        return n =>
        {
            var value = modulus > 0 ? n % modulus : n;
            return ranges.Any(r => value >= r.From && value <= r.To) != negated;
        };
    }
}

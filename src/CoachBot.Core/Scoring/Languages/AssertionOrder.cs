using System.Text.RegularExpressions;

namespace CoachBot.Core.Scoring.Languages;

/// <summary>
/// Puts a regex's leading lookarounds that read a bounded stretch of text before those that may read an unbounded
/// one: all are tried at each place a match may start, and a cheap one that fails spares the costly ones
/// ("(?&lt;!бид\s[^.;!?]*)(?&lt;=(?:^|\s))" scanned back to the sentence's start at every place in the text).
/// </summary>
/// <remarks>
/// Lookarounds read the text at one place and take none of it, so side by side they hold in any order. Only a capture
/// one of them makes could tell the orders apart: a regex that reads a capture back is left as it is.
/// </remarks>
internal static partial class AssertionOrder
{
    public static string CheapFirst(string regex)
    {
        if (ReadsACapture().IsMatch(regex) || RegexItems.Of(regex) is not { } items || items.Any(i => i.IsBar))
        {
            return regex;
        }

        var leading = items.TakeWhile(i => i.IsLookaround && !i.Quantified).Select(i => regex[i.Start..i.End]).ToList();
        if (leading.Count < 2)
        {
            return regex;
        }

        var reordered = leading.Where(a => !MayReadUnbounded(a)).Concat(leading.Where(MayReadUnbounded));
        var rest = regex[items[leading.Count - 1].End..];
        return string.Concat(reordered) + rest;
    }

    // Erring towards "unbounded" (an escaped "+") only leaves a cheap lookaround where it was.
    private static bool MayReadUnbounded(string lookaround) => lookaround.Contains('*') || lookaround.Contains('+') || lookaround.Contains(",}");

    /// <summary>A backreference or a conditional on a group.</summary>
    [GeneratedRegex(@"\\k|\\[1-9]|\(\?\(")]
    private static partial Regex ReadsACapture();
}

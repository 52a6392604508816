using System.Globalization;

namespace CoachBot.Core.Scoring.Languages;

/// <summary>
/// The whole-word test a phrase regex needs at each end, as simple as the pattern allows. At the start, "no letter or
/// digit before, or none at the start" needs only its first half when every match begins with a letter or digit, and
/// nothing when every match begins with a space or a mark. The test is the same; the simple form lets the regex
/// engine jump to where the pattern's first text occurs instead of trying every place.
/// </summary>
internal static class WordEdges
{
    private const string NoWordCharBefore = @"(?<![\p{L}\p{N}])";
    private const string NoWordCharAfter = @"(?![\p{L}\p{N}])";
    private const string WordStart = "(?:" + NoWordCharBefore + "|" + NoWordCharAfter + ")";
    private const string WordEnd = "(?:" + NoWordCharAfter + "|" + NoWordCharBefore + ")";

    public static string Start(string regex) => First(regex) switch
    {
        Edge.Word => NoWordCharBefore,
        Edge.NotWord or Edge.EndOfText => "",
        _ => WordStart,
    };

    public static string End(string regex) => Last(regex) switch
    {
        Edge.Word => NoWordCharAfter,
        Edge.NotWord or Edge.EndOfText => "",
        _ => WordEnd,
    };

    private enum Edge
    {
        Unknown,
        Word,
        NotWord,

        /// <summary>
        /// Every match begins at the text's start (<c>^</c>) or ends at its end (<c>$</c>), where the test always holds.
        /// Left out, the engine sees the anchor and tries the regex at that one place instead of at every place.
        /// </summary>
        EndOfText,
    }

    /// <summary>What every match's first character is, when the regex tells.</summary>
    private static Edge First(string regex) => Outer(regex, items => items, First, '^');

    /// <summary>What every match's last character is, when the regex tells.</summary>
    private static Edge Last(string regex) => Outer(regex, items => Enumerable.Reverse(items), Last, '$');

    /// <param name="anchor">The anchor that holds only at this end of the text.</param>
    private static Edge Outer(string regex, Func<List<RegexItem>, IEnumerable<RegexItem>> inOrder, Func<string, Edge> inner, char anchor)
    {
        if (RegexItems.Of(regex) is not { } items)
        {
            return Edge.Unknown;
        }

        if (items.Any(i => i.IsBar))
        {
            return Agreed(RegexItems.SplitOnBars(regex, items).Select(inner));
        }

        foreach (var item in inOrder(items))
        {
            // Lookarounds and anchors take no text: the character at that end comes from the next item.
            var isAnchor = item.IsAnchorIn(regex);
            if (isAnchor && regex[item.Start] == anchor)
            {
                return Edge.EndOfText;
            }

            if (item.IsLookaround || isAnchor)
            {
                continue;
            }

            if (item.Minimum < 1)
            {
                return Edge.Unknown;
            }

            return item switch
            {
                { Group: { } branches } => Agreed(branches.Select(inner)),
                { Kind.Letter: true } => Edge.Word,
                { Kind.Space: true } => Edge.NotWord,
                { Kind.Literal: { } c } => IsWordChar(c) ? Edge.Word : Edge.NotWord,
                _ when IsWordClass(regex.AsSpan(item.Start, item.End - item.Start)) => Edge.Word,
                _ => Edge.Unknown,
            };
        }

        return Edge.Unknown;
    }

    private static Edge Agreed(IEnumerable<Edge> edges)
    {
        var distinct = edges.Distinct().ToList();
        return distinct is [var only] ? only : Edge.Unknown;
    }

    /// <summary>Digits and kinds of letters or numbers: <c>\d</c>, <c>\p{Lu}</c>, <c>\p{N}</c>.</summary>
    private static bool IsWordClass(ReadOnlySpan<char> item) =>
        item.StartsWith(@"\d", StringComparison.Ordinal) || item.StartsWith(@"\p{L", StringComparison.Ordinal) || item.StartsWith(@"\p{N", StringComparison.Ordinal);

    /// <summary>A character of <c>[\p{L}\p{N}]</c>.</summary>
    private static bool IsWordChar(char c) => CharUnicodeInfo.GetUnicodeCategory(c) is
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter
        or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;
}

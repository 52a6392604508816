using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace CoachBot.Core.Scoring.Languages;

/// <summary>
/// A list of phrase patterns from a language file, compiled to one regex that matches whole words.
/// In a pattern, <c>~</c> stands for the rest of a word (<c>извин~</c>, <c>залга~</c>); the rest is .NET regex
/// over lower-cased text.
/// </summary>
public sealed partial class PatternSet
{
    private static readonly ConcurrentDictionary<string, Regex> Built = new(StringComparer.Ordinal);

    private PatternSet(Regex regex) => Regex = regex;

    public Regex Regex { get; }

    /// <exception cref="ArgumentException">A pattern is not a valid regex.</exception>
    public static PatternSet Of(IEnumerable<string> patterns)
    {
        var alternatives = patterns.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => "(?:" + Expand(p.Trim()) + ")").ToList();
        var source = alternatives.Count == 0 ? "(?!)" : @"(?<![\p{L}\p{N}])(?:" + string.Join('|', alternatives) + @")(?![\p{L}\p{N}])";
        return new PatternSet(Built.GetOrAdd(source, s => new Regex(s, RegexOptions.CultureInvariant)));
    }

    /// <summary>Checks one pattern on its own, so a problem can name it.</summary>
    public static string? Problem(string pattern)
    {
        try
        {
            _ = new Regex(Expand(pattern), RegexOptions.CultureInvariant);
            return null;
        }
        catch (ArgumentException ex)
        {
            return ex.Message;
        }
    }

    public IEnumerable<Match> Matches(string text) => Regex.Matches(text);

    public bool IsMatch(string text) => Regex.IsMatch(text);

    public bool IsMatch(string text, int start, int length) => Regex.IsMatch(text.AsSpan(start, length));

    private static string Expand(string pattern) =>
        OptionalSpace().Replace(pattern.Replace("~", @"\p{L}*", StringComparison.Ordinal), @"\s*").Replace(" ", @"\s+", StringComparison.Ordinal);

    /// <summary>" ?" and " *": a space that may be left out.</summary>
    [GeneratedRegex(@" [?*](?![:=!<])")]
    private static partial Regex OptionalSpace();
}

using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace CoachBot.Core.Scoring.Languages;

/// <summary>
/// A list of phrase patterns from a language file, matched as whole words, as if one regex with the patterns as
/// alternatives in their order. In a pattern, <c>~</c> stands for the rest of a word (<c>извин~</c>, <c>залга~</c>);
/// the rest is .NET regex over lower-cased text.
/// </summary>
/// <remarks>
/// Each pattern runs as its own regex, and only when the text holds a piece of text the pattern requires
/// (<see cref="PatternHits"/>): one interpreted regex of all the alternatives tried every alternative at every word.
/// </remarks>
public sealed partial class PatternSet
{
    private static readonly ConcurrentDictionary<string, PhrasePattern> Built = new(StringComparer.Ordinal);

    private PatternSet(PhrasePattern[] patterns) => Patterns = patterns;

    internal IReadOnlyList<PhrasePattern> Patterns { get; }

    /// <summary>The patterns must be valid (see <see cref="Problem"/>); a regex is built when first needed.</summary>
    public static PatternSet Of(IEnumerable<string> patterns)
    {
        var branches = patterns.Where(p => !string.IsNullOrWhiteSpace(p))
            .SelectMany(p => PatternBranches.Of(Expand(p.Trim())))
            .Select(b => Built.GetOrAdd(b, e => new PhrasePattern(e)));
        return new PatternSet(branches.ToArray());
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

    public bool IsMatch(string text) => IsMatch(text, null);

    internal bool IsMatch(string text, PatternHits? hits) => IsMatch(text, 0, text.Length, hits);

    internal bool IsMatch(string text, int start, int length, PatternHits? hits)
    {
        var first = hits?.FirstSlot(this) ?? -1;
        for (var i = 0; i < Patterns.Count; i++)
        {
            if (hits?.MayMatch(first, i) != false && Patterns[i].Regex.IsMatch(text.AsSpan(start, length)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The matches one regex of all the patterns would find, in order: at the leftmost place any pattern matches, the
    /// first pattern in the list that matches there; the next search starts where that match ends.
    /// </summary>
    internal IEnumerable<PatternMatch> Matches(string text, PatternHits? hits)
    {
        var first = hits?.FirstSlot(this) ?? -1;
        var candidates = Enumerable.Range(0, Patterns.Count).Where(i => hits?.MayMatch(first, i) != false).ToArray();
        var next = new PatternMatch?[candidates.Length];
        var searched = new bool[candidates.Length];
        var from = 0;
        while (from <= text.Length)
        {
            PatternMatch? best = null;
            for (var k = 0; k < candidates.Length; k++)
            {
                // A match found from an earlier place is still the first one from here, unless it starts before here.
                if (!searched[k] || next[k] is { } known && known.Index < from)
                {
                    next[k] = FirstFrom(Patterns[candidates[k]].Regex, text, from);
                    searched[k] = true;
                }

                if (next[k] is { } m && (best is null || m.Index < best.Value.Index))
                {
                    best = m;
                }
            }

            if (best is not { } found)
            {
                yield break;
            }

            yield return found;
            from = found.Length == 0 ? found.Index + 1 : found.Index + found.Length;
        }
    }

    private static PatternMatch? FirstFrom(Regex regex, string text, int from)
    {
        foreach (var m in regex.EnumerateMatches(text, from))
        {
            return new PatternMatch(m.Index, m.Length);
        }

        return null;
    }

    private static string Expand(string pattern) =>
        OptionalSpace().Replace(pattern.Replace("~", @"\p{L}*", StringComparison.Ordinal), @"\s*").Replace(" ", @"\s+", StringComparison.Ordinal);

    /// <summary>" ?" and " *": a space that may be left out.</summary>
    [GeneratedRegex(@" [?*](?![:=!<])")]
    private static partial Regex OptionalSpace();
}

/// <summary>Where a pattern matched in a text.</summary>
internal readonly record struct PatternMatch(int Index, int Length);

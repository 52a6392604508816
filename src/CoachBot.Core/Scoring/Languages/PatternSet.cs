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
            var expanded = Expand(pattern);
            _ = new Regex(expanded, RegexOptions.CultureInvariant);
            return OneDigitEnding.In(expanded)
                ? @"it may end in one digit (\d), and a phrase ends at a word's edge, so only one-digit numbers are read there: write \d+"
                : null;
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
        var candidates = hits?.Candidates(this);
        var count = candidates?.Length ?? Patterns.Count;
        var placesKnown = hits is not null && ReferenceEquals(text, hits.Text);
        for (var k = 0; k < count; k++)
        {
            var i = candidates?[k] ?? k;
            if (placesKnown && !hits!.MayMatchWithin(this, i, start, start + length))
            {
                continue;
            }

            var starts = placesKnown ? hits!.Starts(this, i) : null;
            if (starts is null ? Patterns[i].Regex.For(text).IsMatch(text.AsSpan(start, length)) : MatchesAtAny(Patterns[i], text, start, length, starts))
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
        var candidates = hits?.Candidates(this) ?? [.. Enumerable.Range(0, Patterns.Count)];
        if (candidates.Length == 0)
        {
            yield break;
        }

        var placesKnown = hits is not null && ReferenceEquals(text, hits.Text);
        var next = new PatternMatch?[candidates.Length];
        var searched = new bool[candidates.Length];
        for (var k = 0; placesKnown && k < candidates.Length; k++)
        {
            // Its pieces not in order, a pattern cannot match: taken as searched, with nothing found.
            searched[k] = !hits!.InOrder(this, candidates[k]);
        }

        var from = 0;
        while (from <= text.Length)
        {
            PatternMatch? best = null;
            for (var k = 0; k < candidates.Length; k++)
            {
                // A match found from an earlier place is still the first one from here, unless it starts before here.
                if (!searched[k] || next[k] is { } known && known.Index < from)
                {
                    next[k] = FirstFrom(Patterns[candidates[k]], text, from, placesKnown ? hits!.Starts(this, candidates[k]) : null);
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

    /// <summary>The first match at or after <paramref name="from"/>; tried only at <paramref name="starts"/> when they are known.</summary>
    private static PatternMatch? FirstFrom(PhrasePattern pattern, string text, int from, List<int>? starts)
    {
        if (starts is null)
        {
            return First(pattern.Regex.For(text), text, from);
        }

        foreach (var start in starts)
        {
            if (start >= from && First(pattern.Anchored.For(text), text, start) is { } match)
            {
                return match;
            }
        }

        return null;
    }

    /// <summary>Whether the pattern matches within text[start, start + length) at one of <paramref name="starts"/> (places in text).</summary>
    private static bool MatchesAtAny(PhrasePattern pattern, string text, int start, int length, List<int> starts)
    {
        var span = text.AsSpan(start, length);
        var tried = -1;
        foreach (var at in starts)
        {
            // Within the span a word cut at its start begins at the span's start, as the regex on the span alone sees it.
            var local = Math.Max(at, start) - start;
            if (local >= length)
            {
                break;
            }

            if (local != tried && First(pattern.Anchored.For(text), span, local) is not null)
            {
                return true;
            }

            tried = local;
        }

        return false;
    }

    private static PatternMatch? First(Regex regex, ReadOnlySpan<char> text, int from)
    {
        foreach (var m in regex.EnumerateMatches(text, from))
        {
            return new PatternMatch(m.Index, m.Length);
        }

        return null;
    }

    // Answers are matched with ё written as е and ’ as ' (see PreparedAnswer), so patterns are folded the same way.
    private static string Expand(string pattern) =>
        OptionalSpace().Replace(pattern.Replace('ё', 'е').Replace('’', '\'').Replace("~", @"\p{L}*", StringComparison.Ordinal), @"\s*").Replace(" ", @"\s+", StringComparison.Ordinal);

    /// <summary>" ?" and " *": a space that may be left out.</summary>
    [GeneratedRegex(@" [?*]")]
    private static partial Regex OptionalSpace();
}

/// <summary>Where a pattern matched in a text.</summary>
internal readonly record struct PatternMatch(int Index, int Length);

namespace CoachBot.Core.Scoring.Languages;

/// <summary>
/// Which patterns of a language may match one text (those for which the text holds a piece of each required set),
/// and, for a pattern that starts with a word's letters, the only places where it can match.
/// </summary>
internal sealed class PatternHits(
    string text,
    int[] slotsThatMayMatch,
    IReadOnlyDictionary<int, List<int>> piecePlaces,
    IReadOnlyList<int[]?> leadsBySlot,
    IReadOnlyList<bool> leadsFollowASpaceBySlot,
    IReadOnlyDictionary<PatternSet, int> firstSlots)
{
    // Each slot's places, worked out once per text: several sets and sentences ask for the same pattern's.
    private readonly Dictionary<int, List<int>> _starts = [];

    // Per set, the patterns that may match: a set is asked once per sentence or match.
    private readonly Dictionary<PatternSet, int[]> _candidates = new(ReferenceEqualityComparer.Instance);

    /// <summary>The text the places are in.</summary>
    public string Text => text;

    /// <summary>The indexes in the set, in order, of the patterns that may match; null when the set is not the language's.</summary>
    public int[]? Candidates(PatternSet set)
    {
        if (!firstSlots.TryGetValue(set, out var firstSlot))
        {
            return null;
        }

        if (!_candidates.TryGetValue(set, out var candidates))
        {
            _candidates[set] = candidates = CandidatesOf(firstSlot, set.Patterns.Count);
        }

        return candidates;
    }

    private int[] CandidatesOf(int firstSlot, int count)
    {
        var from = LowerBound(firstSlot);
        var to = LowerBound(firstSlot + count);
        var candidates = new int[to - from];
        for (var k = from; k < to; k++)
        {
            candidates[k - from] = slotsThatMayMatch[k] - firstSlot;
        }

        return candidates;
    }

    private int LowerBound(int slot)
    {
        var at = Array.BinarySearch(slotsThatMayMatch, slot);
        return at < 0 ? ~at : at;
    }

    /// <summary>
    /// Where in <see cref="Text"/>, in order, a pattern that starts with a word's letters can start to match: the start
    /// of each run of letters that ends where one of its leads occurs. Null when it may start anywhere.
    /// </summary>
    public List<int>? Starts(PatternSet set, int index)
    {
        if (!firstSlots.TryGetValue(set, out var firstSlot) || leadsBySlot[firstSlot + index] is not { } leads)
        {
            return null;
        }

        if (!_starts.TryGetValue(firstSlot + index, out var starts))
        {
            _starts[firstSlot + index] = starts = StartsOf(leads, leadsFollowASpaceBySlot[firstSlot + index]);
        }

        return starts;
    }

    private List<int> StartsOf(int[] leads, bool afterASpace)
    {
        var starts = new List<int>();
        foreach (var lead in leads)
        {
            if (!piecePlaces.TryGetValue(lead, out var places))
            {
                continue;
            }

            foreach (var place in places)
            {
                var start = place;
                if (afterASpace && !WordBeforeSpaces(ref start))
                {
                    continue;
                }

                while (start > 0 && char.IsLetter(text[start - 1]))
                {
                    start--;
                }

                starts.Add(start);
            }
        }

        // Several leads of one word ("т" and "тай") give the same start, which need be tried only once.
        return SortedDistinct.InPlace(starts);
    }

    /// <summary>Moves back over the spaces before a place; false when there are none, or no letter before them.</summary>
    private bool WordBeforeSpaces(ref int start)
    {
        var spacesEnd = start;
        while (start > 0 && char.IsWhiteSpace(text[start - 1]))
        {
            start--;
        }

        return start < spacesEnd && start > 0 && char.IsLetter(text[start - 1]);
    }
}

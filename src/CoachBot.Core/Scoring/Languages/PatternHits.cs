namespace CoachBot.Core.Scoring.Languages;

/// <summary>
/// Which patterns of a language may match one text (those for which the text holds a piece of each required set),
/// or a part of it, and, for a pattern whose leads are known (<see cref="PhrasePattern.Leads"/>), the only places where
/// it can start to match.
/// </summary>
internal sealed class PatternHits(
    string text,
    int[] slotsThatMayMatch,
    PiecePlaces places,
    IReadOnlyList<int> pieceLengths,
    IReadOnlyList<int[][]> requiredBySlot,
    IReadOnlyList<int[][]> inOrderBySlot,
    IReadOnlyList<int[]?> leadsBySlot,
    IReadOnlyList<LeadKind> leadKindBySlot,
    IReadOnlyList<RunChars?> runBySlot,
    IReadOnlyDictionary<PatternSet, int> firstSlots)
{
    // Where a pattern's first text occurs more often, one search with the regex is quicker than trying it at each place.
    private const int MaxPlacesToTry = 8;

    // The same for the places in runs before a lead (each place of a run is tried).
    private const int MaxPlacesInRuns = 48;

    // Each slot's places, worked out once per text: several sets and sentences ask for the same pattern's.
    private readonly Dictionary<int, List<int>?> _starts = [];

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

    /// <summary>
    /// Whether text[start, end) holds a piece of each set the pattern requires, and those it requires in order one after
    /// the other: a regex run on that part alone, which sees nothing outside it, cannot match otherwise.
    /// </summary>
    public bool MayMatchWithin(PatternSet set, int index, int start, int end)
    {
        if (!firstSlots.TryGetValue(set, out var firstSlot))
        {
            return true;
        }

        foreach (var pieces in requiredBySlot[firstSlot + index])
        {
            var any = false;
            foreach (var piece in pieces)
            {
                if (places.Holds(piece) && places.Within(piece, pieceLengths[piece], start, end))
                {
                    any = true;
                    break;
                }
            }

            if (!any)
            {
                return false;
            }
        }

        // Checked last: finding each piece's place after the one before costs more than telling whether it is there.
        return places.InOrder(inOrderBySlot[firstSlot + index], pieceLengths, start, end);
    }

    /// <summary>
    /// Whether <see cref="Text"/> holds the pieces a candidate requires in order one after the other (see
    /// <see cref="PhrasePattern.InOrder"/>); asked only before its regex would run, as most candidates never get that far.
    /// </summary>
    public bool InOrder(PatternSet set, int index) =>
        !firstSlots.TryGetValue(set, out var firstSlot) || places.InOrder(inOrderBySlot[firstSlot + index], pieceLengths, 0, text.Length);

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
    /// Where in <see cref="Text"/>, in order, a pattern whose leads are known can start to match: where a lead occurs,
    /// or, for a pattern that starts with a word's letters, the start of each run of letters before one. Null when it may
    /// start anywhere.
    /// </summary>
    public List<int>? Starts(PatternSet set, int index)
    {
        if (!firstSlots.TryGetValue(set, out var firstSlot) || leadsBySlot[firstSlot + index] is not { } leads)
        {
            return null;
        }

        if (!_starts.TryGetValue(firstSlot + index, out var starts))
        {
            var kind = leadKindBySlot[firstSlot + index];
            _starts[firstSlot + index] = starts = kind switch
            {
                LeadKind.StartsTheMatch when PlacesOf(leads) > MaxPlacesToTry => null,
                LeadKind.EndsARun => RunStartsOf(leads, runBySlot[firstSlot + index]!),
                _ => StartsOf(leads, kind),
            };
        }

        return starts;
    }

    private int PlacesOf(int[] leads)
    {
        var count = 0;
        foreach (var lead in leads)
        {
            count += places.Of(lead).Length;
        }

        return count;
    }

    private List<int> StartsOf(int[] leads, LeadKind kind)
    {
        var starts = new List<int>();
        foreach (var lead in leads)
        {
            foreach (var place in places.Of(lead))
            {
                var start = place;
                if (kind == LeadKind.StartsTheMatch)
                {
                    starts.Add(start);
                    continue;
                }

                if (kind == LeadKind.FollowsAWordAndSpaces && !WordBeforeSpaces(ref start))
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

    /// <summary>Every place in the run before each lead's place, and that place; null when they are too many to try one by one.</summary>
    private List<int>? RunStartsOf(int[] leads, RunChars run)
    {
        var starts = new List<int>();
        foreach (var lead in leads)
        {
            foreach (var place in places.Of(lead))
            {
                var start = place;
                while (start > 0 && run.Holds(text[start - 1]))
                {
                    start--;
                }

                for (var at = start; at <= place; at++)
                {
                    starts.Add(at);
                }

                if (starts.Count > MaxPlacesInRuns)
                {
                    return null;
                }
            }
        }

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

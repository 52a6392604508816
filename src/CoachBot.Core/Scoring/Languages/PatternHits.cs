namespace CoachBot.Core.Scoring.Languages;

/// <summary>
/// Which patterns of a language may match one text (those for which the text holds a piece of each required set),
/// and, for a pattern that starts with a word's letters, the only places where it can match.
/// </summary>
internal sealed class PatternHits(
    string text,
    bool[] foundPieces,
    IReadOnlyDictionary<int, List<int>> piecePlaces,
    IReadOnlyList<int[][]> requiredBySlot,
    IReadOnlyList<int[]?> leadsBySlot,
    IReadOnlyDictionary<PatternSet, int> firstSlots)
{
    // 0 not yet looked at, 1 may match, 2 cannot.
    private readonly byte[] _verdicts = new byte[requiredBySlot.Count];

    /// <summary>The text the places are in.</summary>
    public string Text => text;

    /// <summary>The slot of a set's first pattern, or -1 when the set is not the language's (then every pattern may match).</summary>
    public int FirstSlot(PatternSet set) => firstSlots.TryGetValue(set, out var slot) ? slot : -1;

    public bool MayMatch(int firstSlot, int index)
    {
        if (firstSlot < 0)
        {
            return true;
        }

        var slot = firstSlot + index;
        if (_verdicts[slot] == 0)
        {
            _verdicts[slot] = HoldsOneOfEach(requiredBySlot[slot]) ? (byte)1 : (byte)2;
        }

        return _verdicts[slot] == 1;
    }

    private bool HoldsOneOfEach(int[][] required)
    {
        foreach (var pieces in required)
        {
            var any = false;
            foreach (var piece in pieces)
            {
                any |= foundPieces[piece];
            }

            if (!any)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Where in <see cref="Text"/>, in order, a pattern that starts with a word's letters can start to match: the start
    /// of each run of letters that ends where one of its leads occurs. Null when it may start anywhere.
    /// </summary>
    public List<int>? Starts(int firstSlot, int index)
    {
        if (firstSlot < 0 || leadsBySlot[firstSlot + index] is not { } leads)
        {
            return null;
        }

        var starts = new List<int>();
        foreach (var lead in leads)
        {
            foreach (var place in piecePlaces.GetValueOrDefault(lead) ?? [])
            {
                var start = place;
                while (start > 0 && char.IsLetter(text[start - 1]))
                {
                    start--;
                }

                starts.Add(start);
            }
        }

        starts.Sort();
        return starts;
    }
}

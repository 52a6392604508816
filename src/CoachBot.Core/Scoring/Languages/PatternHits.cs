namespace CoachBot.Core.Scoring.Languages;

/// <summary>Which patterns of a language may match one text: those for which the text holds a piece of each required set.</summary>
internal sealed class PatternHits(bool[] foundPieces, IReadOnlyList<int[][]> requiredBySlot, IReadOnlyDictionary<PatternSet, int> firstSlots)
{
    // 0 not yet looked at, 1 may match, 2 cannot.
    private readonly byte[] _verdicts = new byte[requiredBySlot.Count];

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
            _verdicts[slot] = requiredBySlot[slot].All(set => set.Any(piece => foundPieces[piece])) ? (byte)1 : (byte)2;
        }

        return _verdicts[slot] == 1;
    }
}

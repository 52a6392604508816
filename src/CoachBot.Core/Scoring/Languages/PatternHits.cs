namespace CoachBot.Core.Scoring.Languages;

/// <summary>Which patterns of a language may match one text: those whose required pieces the text holds.</summary>
internal sealed class PatternHits(bool[] present, IReadOnlyDictionary<PatternSet, int> firstSlots)
{
    /// <summary>The slot of a set's first pattern, or -1 when the set is not the language's (then every pattern may match).</summary>
    public int FirstSlot(PatternSet set) => firstSlots.TryGetValue(set, out var slot) ? slot : -1;

    public bool MayMatch(int firstSlot, int index) => firstSlot < 0 || present[firstSlot + index];
}

namespace CoachBot.Core.Scoring.Languages;

/// <summary>Looks a word up by its characters, without making a string of it when the set or map allows that.</summary>
internal static class SpanLookup
{
    public static bool Contains(IReadOnlySet<string> set, ReadOnlySpan<char> word) =>
        set is HashSet<string> hashed && hashed.TryGetAlternateLookup<ReadOnlySpan<char>>(out var lookup)
            ? lookup.Contains(word)
            : set.Contains(word.ToString());

    public static bool ContainsKey<TValue>(IReadOnlyDictionary<string, TValue> map, ReadOnlySpan<char> word) =>
        map is Dictionary<string, TValue> hashed && hashed.TryGetAlternateLookup<ReadOnlySpan<char>>(out var lookup)
            ? lookup.ContainsKey(word)
            : map.ContainsKey(word.ToString());

    public static bool TryGetValue<TValue>(IReadOnlyDictionary<string, TValue> map, ReadOnlySpan<char> word, out TValue value)
    {
        if (map is Dictionary<string, TValue> hashed && hashed.TryGetAlternateLookup<ReadOnlySpan<char>>(out var lookup))
        {
            return lookup.TryGetValue(word, out value!);
        }

        return map.TryGetValue(word.ToString(), out value!);
    }
}

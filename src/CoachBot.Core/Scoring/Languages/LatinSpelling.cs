namespace CoachBot.Core.Scoring.Languages;

/// <summary>
/// How a language written in Cyrillic is typed in Latin letters on phones without its keyboard ("bayarlalaa,
/// margaash 10 tsagt zalgana"): letter groups and the Cyrillic letters they stand for. A word typed so is read in
/// Cyrillic, the longest group first, so every pattern of the language reads it.
/// </summary>
public sealed class LatinSpelling
{
    public static readonly LatinSpelling None = new(new Dictionary<string, string>());

    private readonly Dictionary<string, string> _groups;
    private readonly int _longest;

    /// <param name="groups">Latin letter groups (lower case) and what each stands for; none is longer in Cyrillic than in Latin.</param>
    public LatinSpelling(IReadOnlyDictionary<string, string> groups)
    {
        if (groups.Any(g => g.Key.Length == 0 || g.Value.Length > g.Key.Length))
        {
            throw new ArgumentException("every group needs letters, and stands for no more letters than it has", nameof(groups));
        }

        _groups = new Dictionary<string, string>(groups, StringComparer.Ordinal);
        _longest = _groups.Count == 0 ? 0 : _groups.Keys.Max(k => k.Length);
    }

    public bool IsEmpty => _groups.Count == 0;

    /// <summary>True when <paramref name="word"/> is all Latin letters, every one of them in a group.</summary>
    public bool Reads(ReadOnlySpan<char> word)
    {
        if (IsEmpty || word.IsEmpty)
        {
            return false;
        }

        var lookup = _groups.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < word.Length; i++)
        {
            if (!lookup.ContainsKey(word.Slice(i, 1)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Writes a word <see cref="Reads"/> accepts in Cyrillic.</summary>
    /// <returns>The length of the word written in <paramref name="buffer"/>, which is at least as long as <paramref name="word"/>.</returns>
    public int Write(ReadOnlySpan<char> word, Span<char> buffer)
    {
        var length = 0;
        var lookup = _groups.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < word.Length;)
        {
            for (var size = Math.Min(_longest, word.Length - i); size > 0; size--)
            {
                if (lookup.TryGetValue(word.Slice(i, size), out var cyrillic))
                {
                    cyrillic.CopyTo(buffer[length..]);
                    length += cyrillic.Length;
                    i += size;
                    break;
                }
            }
        }

        return length;
    }
}

namespace CoachBot.Core.Scoring.Languages;

/// <summary>
/// A language's typical word endings, looked up by length: a word is checked once per length of ending instead of
/// once per ending.
/// </summary>
internal sealed class WordEndings
{
    private readonly int[] _lengths;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _endings;

    public WordEndings(IEnumerable<string> endings)
    {
        var set = new HashSet<string>(endings, StringComparer.Ordinal);
        _lengths = [.. set.Select(e => e.Length).Distinct().Order()];
        _endings = set.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Whether the word ends in one of the endings and keeps at least two letters before it.</summary>
    public bool EndsOne(ReadOnlySpan<char> word)
    {
        foreach (var length in _lengths)
        {
            if (word.Length > length + 1 && _endings.Contains(word[(word.Length - length)..]))
            {
                return true;
            }
        }

        return false;
    }
}

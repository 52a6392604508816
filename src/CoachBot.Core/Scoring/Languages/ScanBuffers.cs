namespace CoachBot.Core.Scoring.Languages;

/// <summary>
/// Working space of <see cref="LiteralScanner.Scan"/> that does not outlive a scan, kept per thread: a new answer
/// reuses it instead of allocating some kilobytes for the collector to sweep.
/// </summary>
internal static class ScanBuffers
{
    [ThreadStatic]
    private static List<int>? _foundInOrder;

    [ThreadStatic]
    private static List<(int Piece, int Start)>? _occurrences;

    [ThreadStatic]
    private static ulong[]? _bits;

    /// <summary>Pieces in the order first found; empty.</summary>
    public static List<int> FoundInOrder
    {
        get
        {
            var list = _foundInOrder ??= new List<int>(256);
            list.Clear();
            return list;
        }
    }

    /// <summary>Occurrences of pieces: the piece, and where it starts; empty.</summary>
    public static List<(int Piece, int Start)> Occurrences
    {
        get
        {
            var list = _occurrences ??= new List<(int, int)>(1024);
            list.Clear();
            return list;
        }
    }

    /// <summary><paramref name="words"/> words of bits, all clear.</summary>
    public static Span<ulong> ClearedBits(int words)
    {
        if (_bits is null || _bits.Length < words)
        {
            _bits = new ulong[words];
            return _bits.AsSpan(0, words);
        }

        var bits = _bits.AsSpan(0, words);
        bits.Clear();
        return bits;
    }
}

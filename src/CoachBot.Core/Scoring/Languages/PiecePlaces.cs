using System.Numerics;

namespace CoachBot.Core.Scoring.Languages;

/// <summary>Where in one text each piece of text found by <see cref="LiteralScanner"/> starts, in order.</summary>
internal sealed class PiecePlaces
{
    private readonly ulong[] _found;
    private readonly int[] _foundBefore;
    private readonly int[] _from;
    private readonly int[] _starts;
    private readonly IReadOnlyList<bool> _placed;

    /// <param name="found">A bit per piece, set when the text holds it.</param>
    /// <param name="occurrences">Each occurrence, in the order of the text: the piece and where it starts.</param>
    /// <param name="placed">Per piece, whether its places were kept; one whose places were not may be anywhere.</param>
    public PiecePlaces(ulong[] found, List<(int Piece, int Start)> occurrences, IReadOnlyList<bool> placed)
    {
        _found = found;
        _placed = placed;
        _foundBefore = new int[found.Length];
        var count = 0;
        for (var w = 0; w < found.Length; w++)
        {
            _foundBefore[w] = count;
            count += BitOperations.PopCount(found[w]);
        }

        _from = new int[count + 1];
        foreach (var (piece, _) in occurrences)
        {
            _from[Rank(piece) + 1]++;
        }

        for (var k = 1; k < _from.Length; k++)
        {
            _from[k] += _from[k - 1];
        }

        // Filled in the order of the text, so each piece's starts are in order.
        var next = _from[..^1];
        _starts = new int[occurrences.Count];
        foreach (var (piece, start) in occurrences)
        {
            _starts[next[Rank(piece)]++] = start;
        }
    }

    public bool Holds(int piece) => (_found[piece >> 6] & (1UL << piece)) != 0;

    /// <summary>Where the piece starts in the text, in order; empty when it does not occur.</summary>
    public ReadOnlySpan<int> Of(int piece)
    {
        if (!Holds(piece))
        {
            return [];
        }

        var rank = Rank(piece);
        return _starts.AsSpan(_from[rank], _from[rank + 1] - _from[rank]);
    }

    /// <summary>Whether the piece occurs (or, when its places were not kept, may occur) wholly within text[start, end).</summary>
    public bool Within(int piece, int length, int start, int end)
    {
        if (!_placed[piece])
        {
            return true;
        }

        var places = Of(piece);
        var low = FirstAtOrAfter(places, start);
        return low < places.Length && places[low] + length <= end;
    }

    /// <summary>
    /// Whether text[start, end) holds a piece of each set one after the other: a piece of the first set, then, starting
    /// where it ends or later, a piece of the second, and so on. Every set's pieces must have their places kept.
    /// </summary>
    public bool InOrder(int[][] sets, IReadOnlyList<int> lengths, int start, int end)
    {
        var from = start;
        foreach (var pieces in sets)
        {
            // The piece that ends first leaves the most room for the sets after it.
            var firstEnd = int.MaxValue;
            foreach (var piece in pieces)
            {
                var places = Of(piece);
                var at = FirstAtOrAfter(places, from);
                if (at < places.Length)
                {
                    firstEnd = Math.Min(firstEnd, places[at] + lengths[piece]);
                }
            }

            if (firstEnd > end)
            {
                return false;
            }

            from = firstEnd;
        }

        return true;
    }

    private static int FirstAtOrAfter(ReadOnlySpan<int> places, int from)
    {
        var (low, high) = (0, places.Length);
        while (low < high)
        {
            var mid = (low + high) / 2;
            (low, high) = places[mid] < from ? (mid + 1, high) : (low, mid);
        }

        return low;
    }

    /// <summary>How many of the pieces found come before this one in number: its place among them.</summary>
    private int Rank(int piece) => _foundBefore[piece >> 6] + BitOperations.PopCount(_found[piece >> 6] & ((1UL << piece) - 1));
}

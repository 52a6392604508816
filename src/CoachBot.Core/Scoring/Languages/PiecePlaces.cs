namespace CoachBot.Core.Scoring.Languages;

/// <summary>Where in one text each piece of text found by <see cref="LiteralScanner"/> starts, in order.</summary>
internal sealed class PiecePlaces
{
    private readonly int[] _found;
    private readonly int[] _from;
    private readonly int[] _starts;
    private readonly IReadOnlyList<bool> _placed;

    /// <param name="found">Per piece, its number in the order first found (from 1), or 0.</param>
    /// <param name="occurrences">Each occurrence, in the order of the text: the piece's number and where it starts.</param>
    /// <param name="placed">Per piece, whether its places were kept; one whose places were not may be anywhere.</param>
    public PiecePlaces(int[] found, int foundCount, List<(int Found, int Start)> occurrences, IReadOnlyList<bool> placed)
    {
        _found = found;
        _placed = placed;
        _from = new int[foundCount + 2];
        foreach (var (number, _) in occurrences)
        {
            _from[number + 1]++;
        }

        for (var k = 1; k < _from.Length; k++)
        {
            _from[k] += _from[k - 1];
        }

        // Filled in the order of the text, so each piece's starts are in order.
        var next = _from[..^1];
        _starts = new int[occurrences.Count];
        foreach (var (number, start) in occurrences)
        {
            _starts[next[number]++] = start;
        }
    }

    public bool Holds(int piece) => _found[piece] > 0;

    /// <summary>Where the piece starts in the text, in order; empty when it does not occur.</summary>
    public ReadOnlySpan<int> Of(int piece) =>
        _found[piece] is var number and > 0 ? _starts.AsSpan(_from[number], _from[number + 1] - _from[number]) : [];

    /// <summary>Whether the piece occurs (or, when its places were not kept, may occur) wholly within text[start, end).</summary>
    public bool Within(int piece, int length, int start, int end)
    {
        if (!_placed[piece])
        {
            return true;
        }

        var places = Of(piece);
        var (low, high) = (0, places.Length);
        while (low < high)
        {
            var mid = (low + high) / 2;
            (low, high) = places[mid] < start ? (mid + 1, high) : (low, mid);
        }

        return low < places.Length && places[low] + length <= end;
    }
}

namespace CoachBot.Core.Scoring.Languages;

/// <summary>
/// Finds, in one pass over a text (Aho-Corasick), which pieces of text that a language's patterns require occur in
/// it, and so which patterns may match it.
/// </summary>
internal sealed class LiteralScanner
{
    private readonly Dictionary<PatternSet, int> _firstSlots = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<long, int> _next = [];
    private readonly List<int> _fail = [0];
    private readonly List<List<int>> _piecesEnding = [[]];
    private readonly Dictionary<string, int> _pieces = new(StringComparer.Ordinal);
    private readonly List<int[][]> _requiredBySlot = [];

    // The nearest state on the failure chain that ends a piece, so a step only visits states with something to mark.
    private int[] _nextWithPieces = [];

    private LiteralScanner(IEnumerable<PatternSet> sets)
    {
        foreach (var set in sets)
        {
            if (_firstSlots.TryAdd(set, _requiredBySlot.Count))
            {
                _requiredBySlot.AddRange(set.Patterns.Select(p => p.Required.Select(pieces => pieces.Select(Piece).ToArray()).ToArray()));
            }
        }

        LinkFailures();
    }

    public static LiteralScanner Of(IEnumerable<PatternSet> sets) => new(sets);

    public PatternHits Scan(string text)
    {
        var found = new bool[_pieces.Count];
        var state = 0;
        foreach (var c in text)
        {
            state = Step(state, c);
            for (var s = _piecesEnding[state].Count > 0 ? state : _nextWithPieces[state]; s > 0; s = _nextWithPieces[s])
            {
                foreach (var piece in _piecesEnding[s])
                {
                    found[piece] = true;
                }
            }
        }

        return new PatternHits(found, _requiredBySlot, _firstSlots);
    }

    private int Piece(string text)
    {
        if (!_pieces.TryGetValue(text, out var piece))
        {
            piece = _pieces[text] = _pieces.Count;
            _piecesEnding[Insert(text)].Add(piece);
        }

        return piece;
    }

    private int Step(int state, char c)
    {
        while (true)
        {
            if (_next.TryGetValue(Key(state, c), out var to))
            {
                return to;
            }

            if (state == 0)
            {
                return 0;
            }

            state = _fail[state];
        }
    }

    private int Insert(string literal)
    {
        var state = 0;
        foreach (var c in literal)
        {
            if (!_next.TryGetValue(Key(state, c), out var to))
            {
                to = _fail.Count;
                _fail.Add(0);
                _piecesEnding.Add([]);
                _next[Key(state, c)] = to;
            }

            state = to;
        }

        return state;
    }

    private void LinkFailures()
    {
        var children = _next.GroupBy(kv => (int)(kv.Key >> 16)).ToDictionary(g => g.Key, g => g.Select(kv => ((char)(kv.Key & 0xFFFF), kv.Value)).ToList());
        _nextWithPieces = new int[_fail.Count];
        var queue = new Queue<int>();
        queue.Enqueue(0);
        while (queue.Count > 0)
        {
            var parent = queue.Dequeue();
            foreach (var (c, child) in children.GetValueOrDefault(parent) ?? [])
            {
                var fail = parent == 0 ? 0 : Step(_fail[parent], c);
                _fail[child] = fail;
                _nextWithPieces[child] = _piecesEnding[fail].Count > 0 ? fail : _nextWithPieces[fail];
                queue.Enqueue(child);
            }
        }
    }

    private static long Key(int state, char c) => ((long)state << 16) | c;
}

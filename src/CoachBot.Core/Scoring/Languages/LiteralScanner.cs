using System.Numerics;

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
    private readonly List<int[]?> _leadsBySlot = [];
    private readonly List<LeadKind> _leadKindBySlot = [];
    private readonly List<RunChars?> _runBySlot = [];
    private readonly List<int> _lengths = [];

    // Each slot is listed under the pieces of one of its required sets, so a scan visits only the slots whose pieces it found.
    private readonly List<List<int>> _slotsByPiece = [];
    private int[] _slotsRequiringNothing = [];

    // Per slot, its required sets other than the one it is listed under (which a visit has found), each as its count
    // of pieces and then the pieces; empty when it requires one set.
    private int[][] _othersBySlot = [];

    // The nearest state on the failure chain that ends a piece, so a step only visits states with something to mark.
    private int[] _nextWithPieces = [];

    // The whole automaton as a table, one row per state and one column per character the pieces hold (column 0 for
    // any other character), so a step is one lookup: following failure links through a dictionary was most of a scan.
    private ushort[] _columnOf = [];
    private int _columns;
    private int[] _steps = [];
    private readonly List<int> _byDepth = [];

    // The pieces whose places are kept: leads, and the pieces of the sets that are also asked about parts of a text.
    private readonly List<bool> _placed = [];

    private LiteralScanner(IEnumerable<PatternSet> sets, IReadOnlySet<PatternSet>? readInParts)
    {
        foreach (var set in sets)
        {
            if (_firstSlots.TryAdd(set, _requiredBySlot.Count))
            {
                var inParts = readInParts?.Contains(set) ?? true;
                _requiredBySlot.AddRange(set.Patterns.Select(p => p.Required.Select(pieces => pieces.Select(text => Piece(text, inParts)).ToArray()).ToArray()));
                _leadsBySlot.AddRange(set.Patterns.Select(p => p.Leads?.Select(text => Piece(text, placed: true)).ToArray()));
                _leadKindBySlot.AddRange(set.Patterns.Select(p => p.LeadKind));
                _runBySlot.AddRange(set.Patterns.Select(p => p.Run));
            }
        }

        LinkFailures();
        BuildSteps();
        IndexSlots();
    }

    public static LiteralScanner Of(IEnumerable<PatternSet> sets) => new(sets, null);

    /// <param name="readInParts">
    /// The sets also asked whether part of a text matches (a sentence, a clause); the others are only matched against
    /// whole texts, so where their pieces occur need not be kept.
    /// </param>
    public static LiteralScanner Of(IEnumerable<PatternSet> sets, IReadOnlySet<PatternSet> readInParts) => new(sets, readInParts);

    public PatternHits Scan(string text)
    {
        // A piece's number in the order first found, from 1; 0 for a piece not found.
        var found = new int[_pieces.Count];
        var foundInOrder = new List<int>(256);
        var occurrences = new List<(int Found, int Start)>(text.Length * 2);
        var state = 0;
        for (var at = 0; at < text.Length; at++)
        {
            state = _steps[(state * _columns) + _columnOf[text[at]]];
            for (var s = _piecesEnding[state].Count > 0 ? state : _nextWithPieces[state]; s > 0; s = _nextWithPieces[s])
            {
                foreach (var piece in _piecesEnding[s])
                {
                    if (found[piece] == 0)
                    {
                        foundInOrder.Add(piece);
                        found[piece] = foundInOrder.Count;
                    }

                    if (_placed[piece])
                    {
                        occurrences.Add((found[piece], at + 1 - _lengths[piece]));
                    }
                }
            }
        }

        var places = new PiecePlaces(found, foundInOrder.Count, occurrences, _placed);
        return new PatternHits(text, SlotsThatMayMatch(found, foundInOrder), places, _lengths, _requiredBySlot, _leadsBySlot, _leadKindBySlot, _runBySlot, _firstSlots);
    }

    /// <summary>In order, the slots of the patterns for which the text holds a piece of each required set.</summary>
    private int[] SlotsThatMayMatch(int[] found, List<int> foundInOrder)
    {
        // A slot is listed under several pieces of its set, and the text may hold more than one of them: checked once.
        // The slots that may match are marked in a second bitmap, read in order at the end.
        var checkedSlots = new ulong[(_requiredBySlot.Count + 63) / 64];
        var mayMatch = new ulong[checkedSlots.Length];
        foreach (var slot in _slotsRequiringNothing)
        {
            mayMatch[slot >> 6] |= 1UL << slot;
        }

        foreach (var piece in foundInOrder)
        {
            foreach (var slot in _slotsByPiece[piece])
            {
                ref var word = ref checkedSlots[slot >> 6];
                if ((word & (1UL << slot)) != 0)
                {
                    continue;
                }

                word |= 1UL << slot;
                if (HoldsOneOfEach(_othersBySlot[slot], found))
                {
                    mayMatch[slot >> 6] |= 1UL << slot;
                }
            }
        }

        var count = 0;
        foreach (var word in mayMatch)
        {
            count += BitOperations.PopCount(word);
        }

        var slots = new int[count];
        var next = 0;
        for (var w = 0; w < mayMatch.Length; w++)
        {
            for (var bits = mayMatch[w]; bits != 0; bits &= bits - 1)
            {
                slots[next++] = (w << 6) + BitOperations.TrailingZeroCount(bits);
            }
        }

        return slots;
    }

    private static bool HoldsOneOfEach(int[] sets, int[] found)
    {
        var at = 0;
        while (at < sets.Length)
        {
            var end = at + 1 + sets[at];
            var any = false;
            for (at++; at < end; at++)
            {
                any |= found[sets[at]] > 0;
            }

            if (!any)
            {
                return false;
            }
        }

        return true;
    }

    private void IndexSlots()
    {
        var requiringNothing = new List<int>();
        _slotsByPiece.AddRange(Enumerable.Range(0, _pieces.Count).Select(_ => new List<int>()));
        _othersBySlot = new int[_requiredBySlot.Count][];
        for (var slot = 0; slot < _requiredBySlot.Count; slot++)
        {
            if (_requiredBySlot[slot] is not [_, ..] required)
            {
                requiringNothing.Add(slot);
                continue;
            }

            // The set whose shortest piece is longest: long pieces are rare, so the slot is visited seldom.
            var listedUnder = required.MaxBy(pieces => pieces.Min(p => _lengths[p]))!;
            foreach (var piece in listedUnder)
            {
                _slotsByPiece[piece].Add(slot);
            }

            _othersBySlot[slot] = [.. required.Where(pieces => pieces != listedUnder).SelectMany(pieces => pieces.Prepend(pieces.Length))];
        }

        _slotsRequiringNothing = [.. requiringNothing];
        foreach (var slot in requiringNothing)
        {
            _othersBySlot[slot] = [];
        }
    }

    private int Piece(string text, bool placed)
    {
        if (!_pieces.TryGetValue(text, out var piece))
        {
            piece = _pieces[text] = _pieces.Count;
            _piecesEnding[Insert(text)].Add(piece);
            _lengths.Add(text.Length);
            _placed.Add(false);
        }

        _placed[piece] |= placed;
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
            _byDepth.Add(parent);
            foreach (var (c, child) in children.GetValueOrDefault(parent) ?? [])
            {
                var fail = parent == 0 ? 0 : Step(_fail[parent], c);
                _fail[child] = fail;
                _nextWithPieces[child] = _piecesEnding[fail].Count > 0 ? fail : _nextWithPieces[fail];
                queue.Enqueue(child);
            }
        }
    }

    private void BuildSteps()
    {
        var characters = _next.Keys.Select(key => (char)(key & 0xFFFF)).Distinct().Order().ToList();
        _columnOf = new ushort[char.MaxValue + 1];
        for (var k = 0; k < characters.Count; k++)
        {
            _columnOf[characters[k]] = (ushort)(k + 1);
        }

        _columns = characters.Count + 1;
        _steps = new int[_fail.Count * _columns];

        // In order of depth, so the row of a state's failure link is filled before the state's own.
        foreach (var state in _byDepth)
        {
            for (var k = 0; k < characters.Count; k++)
            {
                _steps[(state * _columns) + k + 1] = _next.TryGetValue(Key(state, characters[k]), out var to) ? to
                    : state == 0 ? 0
                    : _steps[(_fail[state] * _columns) + k + 1];
            }
        }
    }

    private static long Key(int state, char c) => ((long)state << 16) | c;
}

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
    private readonly List<int[][]> _inOrderBySlot = [];
    private readonly List<int[]?> _leadsBySlot = [];
    private readonly List<LeadKind> _leadKindBySlot = [];
    private readonly List<RunChars?> _runBySlot = [];
    private readonly List<int> _lengths = [];

    // Each slot is listed under the pieces of one of its required sets, so a scan visits only the slots whose pieces it
    // found: piece p's slots are _slotsByPiece[_slotsFrom[p].._slotsFrom[p + 1]].
    private int[] _slotsFrom = [];
    private int[] _slotsByPiece = [];
    private int[] _slotsRequiringNothing = [];

    // Per slot, its required sets other than the one it is listed under (which a visit has found), each as its count
    // of pieces and then the pieces, in _others[_othersFrom[slot].._othersFrom[slot + 1]]; empty when it requires one set.
    private int[] _othersFrom = [];
    private int[] _others = [];

    // The nearest state on the failure chain that ends a piece (while building).
    private int[] _nextWithPieces = [];

    // The whole automaton as a table, one row per state and one column per character the pieces hold (column 0 for
    // any other character), so a step is one lookup: following failure links through a dictionary was most of a scan.
    // States are numbered in order of depth: the shallow states a text keeps coming back to share few cache lines.
    private ushort[] _columnOf = [];

    // The column of every whitespace character: that of the space, or 0 when no piece holds one.
    private ushort _spaceColumn;
    private int _columns;
    private int[] _steps = [];
    private readonly List<int> _byDepth = [];

    // Per state (numbered as in the table), the pieces that end there, its own and then those of its failure chain:
    // _outputs[_outputsFrom[state].._outputsFrom[state + 1]], so a step reads one run of an array and walks no chain.
    private int[] _outputsFrom = [];
    private int[] _outputs = [];

    // The piece that stands for any digit (RequiredLiterals.AnyDigit), or -1 when no pattern requires one.
    private int _anyDigit = -1;

    // The pieces whose places are kept: leads, pieces a pattern requires in order, and the pieces of the sets that are
    // also asked about parts of a text.
    private readonly List<bool> _placed = [];

    private LiteralScanner(IEnumerable<PatternSet> sets, IReadOnlySet<PatternSet>? readInParts)
    {
        foreach (var set in sets)
        {
            if (_firstSlots.TryAdd(set, _requiredBySlot.Count))
            {
                var inParts = readInParts?.Contains(set) ?? true;
                _requiredBySlot.AddRange(set.Patterns.Select(p => p.Required.Select(pieces => pieces.Select(text => Piece(text, inParts)).ToArray()).ToArray()));
                _inOrderBySlot.AddRange(set.Patterns.Select(p => p.InOrder.Select(pieces => pieces.Select(text => Piece(text, placed: true)).ToArray()).ToArray()));
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
        // A bit per piece, set when the text holds it: a few hundred bytes where a number per piece took tens of kilobytes.
        var found = new ulong[(_pieces.Count + 63) / 64];
        var foundInOrder = ScanBuffers.FoundInOrder;
        var occurrences = ScanBuffers.Occurrences;
        var state = 0;
        for (var at = 0; at < text.Length; at++)
        {
            var column = _columnOf[text[at]];

            // A run of whitespace reads as its first character, one space, as the pieces hold it (RequiredLiterals).
            if (column == _spaceColumn && column != 0 && at > 0 && _columnOf[text[at - 1]] == column)
            {
                continue;
            }

            state = _steps[(state * _columns) + column];
            for (var k = _outputsFrom[state]; k < _outputsFrom[state + 1]; k++)
            {
                Mark(_outputs[k], at + 1 - _lengths[_outputs[k]]);
            }

            if (_anyDigit >= 0 && char.IsDigit(text[at]))
            {
                Mark(_anyDigit, at);
            }
        }

        var places = new PiecePlaces(found, occurrences, _placed);
        return new PatternHits(text, SlotsThatMayMatch(found, foundInOrder), places, _lengths, _requiredBySlot, _inOrderBySlot, _leadsBySlot, _leadKindBySlot, _runBySlot, _firstSlots);

        void Mark(int piece, int start)
        {
            ref var bits = ref found[piece >> 6];
            if ((bits & (1UL << piece)) == 0)
            {
                bits |= 1UL << piece;
                foundInOrder.Add(piece);
            }

            if (_placed[piece])
            {
                occurrences.Add((piece, start));
            }
        }
    }

    /// <summary>In order, the slots of the patterns for which the text holds a piece of each required set.</summary>
    private int[] SlotsThatMayMatch(ulong[] found, List<int> foundInOrder)
    {
        // A slot is listed under several pieces of its set, and the text may hold more than one of them: checked once.
        // The slots that may match are marked in a second bitmap, read in order at the end.
        var words = (_requiredBySlot.Count + 63) / 64;
        var bitmaps = ScanBuffers.ClearedBits(2 * words);
        var checkedSlots = bitmaps[..words];
        var mayMatch = bitmaps[words..];
        foreach (var slot in _slotsRequiringNothing)
        {
            mayMatch[slot >> 6] |= 1UL << slot;
        }

        foreach (var piece in foundInOrder)
        {
            for (var k = _slotsFrom[piece]; k < _slotsFrom[piece + 1]; k++)
            {
                var slot = _slotsByPiece[k];
                ref var word = ref checkedSlots[slot >> 6];
                if ((word & (1UL << slot)) != 0)
                {
                    continue;
                }

                word |= 1UL << slot;
                if (HoldsOneOfEach(_others.AsSpan(_othersFrom[slot], _othersFrom[slot + 1] - _othersFrom[slot]), found))
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

    private static bool HoldsOneOfEach(ReadOnlySpan<int> sets, ulong[] found)
    {
        var at = 0;
        while (at < sets.Length)
        {
            var end = at + 1 + sets[at];
            var any = false;
            for (at++; at < end; at++)
            {
                any |= (found[sets[at] >> 6] & (1UL << sets[at])) != 0;
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
        var slotsByPiece = Enumerable.Range(0, _pieces.Count).Select(_ => new List<int>()).ToList();
        var others = new List<int>();
        _othersFrom = new int[_requiredBySlot.Count + 1];
        for (var slot = 0; slot < _requiredBySlot.Count; slot++)
        {
            _othersFrom[slot] = others.Count;
            if (_requiredBySlot[slot] is not [_, ..] required)
            {
                requiringNothing.Add(slot);
                continue;
            }

            // The set whose shortest piece is longest: long pieces are rare, so the slot is visited seldom.
            var listedUnder = required.MaxBy(pieces => pieces.Min(p => _lengths[p]))!;
            foreach (var piece in listedUnder)
            {
                slotsByPiece[piece].Add(slot);
            }

            others.AddRange(required.Where(pieces => pieces != listedUnder).SelectMany(pieces => pieces.Prepend(pieces.Length)));
        }

        _othersFrom[^1] = others.Count;
        _others = [.. others];
        _slotsRequiringNothing = [.. requiringNothing];
        (_slotsFrom, _slotsByPiece) = Flattened(slotsByPiece);
    }

    /// <summary>Lists as one array, list k being array[from[k]..from[k + 1]].</summary>
    private static (int[] From, int[] All) Flattened(List<List<int>> lists)
    {
        var from = new int[lists.Count + 1];
        for (var k = 0; k < lists.Count; k++)
        {
            from[k + 1] = from[k] + lists[k].Count;
        }

        return (from, [.. lists.SelectMany(list => list)]);
    }

    private int Piece(string text, bool placed)
    {
        if (!_pieces.TryGetValue(text, out var piece))
        {
            piece = _pieces[text] = _pieces.Count;
            if (text == RequiredLiterals.AnyDigit)
            {
                // One character, told by its kind rather than by the automaton.
                _anyDigit = piece;
                _lengths.Add(1);
            }
            else
            {
                _piecesEnding[Insert(text)].Add(piece);
                _lengths.Add(text.Length);
            }

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

        _spaceColumn = _columnOf[' '];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (char.IsWhiteSpace((char)c))
            {
                _columnOf[c] = _spaceColumn;
            }
        }

        var numberOf = new int[_fail.Count];
        for (var k = 0; k < _byDepth.Count; k++)
        {
            numberOf[_byDepth[k]] = k;
        }

        _columns = characters.Count + 1;
        _steps = new int[_fail.Count * _columns];

        // In order of depth, so the row of a state's failure link is filled before the state's own.
        foreach (var state in _byDepth)
        {
            var row = numberOf[state] * _columns;
            for (var k = 0; k < characters.Count; k++)
            {
                _steps[row + k + 1] = _next.TryGetValue(Key(state, characters[k]), out var to) ? numberOf[to]
                    : state == 0 ? 0
                    : _steps[(numberOf[_fail[state]] * _columns) + k + 1];
            }
        }

        var outputs = _byDepth.Select(OutputsOf).ToList();
        (_outputsFrom, _outputs) = Flattened(outputs);
    }

    private List<int> OutputsOf(int state)
    {
        var outputs = new List<int>();
        for (var s = _piecesEnding[state].Count > 0 ? state : _nextWithPieces[state]; s > 0; s = _nextWithPieces[s])
        {
            outputs.AddRange(_piecesEnding[s]);
        }

        return outputs;
    }

    private static long Key(int state, char c) => ((long)state << 16) | c;
}

namespace CoachBot.Core.Scoring.Languages;

/// <summary>
/// Finds, in one pass over a text (Aho-Corasick), which of a language's patterns may match it: every pattern
/// whose required pieces of text occur, and every pattern that has none.
/// </summary>
internal sealed class LiteralScanner
{
    private readonly Dictionary<PatternSet, int> _firstSlots = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<long, int> _next = [];
    private readonly List<int> _fail = [0];
    private readonly List<List<int>> _slotsEnding = [[]];
    private readonly bool[] _always;

    // The nearest state on the failure chain that ends a piece, so a step only visits states with something to mark.
    private int[] _nextWithSlots = [];

    private LiteralScanner(IEnumerable<PatternSet> sets)
    {
        var always = new List<bool>();
        foreach (var set in sets)
        {
            if (!_firstSlots.TryAdd(set, always.Count))
            {
                continue;
            }

            foreach (var pattern in set.Patterns)
            {
                var slot = always.Count;
                always.Add(pattern.Literals is null);
                foreach (var literal in pattern.Literals ?? [])
                {
                    _slotsEnding[Insert(literal)].Add(slot);
                }
            }
        }

        _always = [.. always];
        LinkFailures();
    }

    public static LiteralScanner Of(IEnumerable<PatternSet> sets) => new(sets);

    public PatternHits Scan(string text)
    {
        var present = (bool[])_always.Clone();
        var state = 0;
        foreach (var c in text)
        {
            state = Step(state, c);
            for (var s = _slotsEnding[state].Count > 0 ? state : _nextWithSlots[state]; s > 0; s = _nextWithSlots[s])
            {
                foreach (var slot in _slotsEnding[s])
                {
                    present[slot] = true;
                }
            }
        }

        return new PatternHits(present, _firstSlots);
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
                _slotsEnding.Add([]);
                _next[Key(state, c)] = to;
            }

            state = to;
        }

        return state;
    }

    private void LinkFailures()
    {
        var children = _next.GroupBy(kv => (int)(kv.Key >> 16)).ToDictionary(g => g.Key, g => g.Select(kv => ((char)(kv.Key & 0xFFFF), kv.Value)).ToList());
        _nextWithSlots = new int[_fail.Count];
        var queue = new Queue<int>();
        queue.Enqueue(0);
        while (queue.Count > 0)
        {
            var parent = queue.Dequeue();
            foreach (var (c, child) in children.GetValueOrDefault(parent) ?? [])
            {
                var fail = parent == 0 ? 0 : Step(_fail[parent], c);
                _fail[child] = fail;
                _nextWithSlots[child] = _slotsEnding[fail].Count > 0 ? fail : _nextWithSlots[fail];
                queue.Enqueue(child);
            }
        }
    }

    private static long Key(int state, char c) => ((long)state << 16) | c;
}

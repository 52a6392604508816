namespace CoachBot.Core.Scoring.Languages;

/// <summary>
/// Splits a regex into branches tried in the same order as the regex tries them, so that the first branch
/// that matches at a place gives the regex's own match there: "(?:i|we) (?:will|can) call" → "i (?:will|can) call",
/// "we (?:will|can) call" → "i will call", "i can call", ... Each branch then needs more particular text to match.
/// </summary>
/// <remarks>
/// A group is split only when what comes before it can match in one way alone: plain characters, classes and
/// lookarounds, or a repeated class that the next item cannot continue (the letters of <c>\p{L}*\s+</c>). Otherwise
/// trying "A then the rest" before "B then the rest" would change the order in which the regex tries things.
/// </remarks>
internal static class PatternBranches
{
    private const int MaxBranches = 64;

    public static IReadOnlyList<string> Of(string regex)
    {
        var done = new List<string>();
        var pending = new Queue<string>([regex]);
        while (pending.Count > 0)
        {
            var branch = pending.Dequeue();
            var parts = done.Count + pending.Count < MaxBranches ? Split(branch) : null;
            if (parts is null || done.Count + pending.Count + parts.Count > MaxBranches)
            {
                done.Add(branch);
                continue;
            }

            foreach (var part in parts)
            {
                pending.Enqueue(part);
            }
        }

        return done;
    }

    /// <summary>The branch written out over its first splittable group, or null.</summary>
    private static List<string>? Split(string regex)
    {
        var items = RegexItems.Of(regex);
        if (items is null)
        {
            return null;
        }

        if (items.Count(i => i.IsBar) > 0)
        {
            return RegexItems.SplitOnBars(regex, items);
        }

        for (var k = 0; k < items.Count; k++)
        {
            var item = items[k];
            if (item.Group is { Count: > 1 } branches && item.Minimum == 1 && !item.Quantified)
            {
                return branches.Select(b => regex[..item.Start] + b + regex[item.End..]).ToList();
            }

            // "(?:a|b)?" tries a, then b, then nothing; "(?:a|b)??" nothing first.
            if (item.Group is { } optional && Optional(regex, item) is { } greedy)
            {
                var taken = optional.Select(b => regex[..item.Start] + b + regex[item.End..]);
                var left = regex[..item.Start] + regex[item.End..];
                return (greedy ? taken.Append(left) : taken.Prepend(left)).ToList();
            }

            if (!MatchesOneWay(items, k))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>True for a group marked "?", false for "??", null for any other quantifier.</summary>
    private static bool? Optional(string regex, RegexItem item) =>
        regex[(regex.LastIndexOf(')', item.End - 1) + 1)..item.End] switch
        {
            "?" => true,
            "??" => false,
            _ => null,
        };

    private static bool MatchesOneWay(List<RegexItem> items, int k)
    {
        var item = items[k];
        if (!item.Quantified)
        {
            return item.Group is null;
        }

        // A repeated class stops where the next item begins only if that item cannot start with the same characters.
        // Some letters only ("[a-z]+"): not split over, which gives many branches that no text narrows.
        return item.Repeats is { SomeLetters: false } repeated && k + 1 < items.Count && items[k + 1].FirstChars(repeated) == Overlap.None;
    }
}

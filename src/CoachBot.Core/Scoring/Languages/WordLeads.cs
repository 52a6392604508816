namespace CoachBot.Core.Scoring.Languages;

/// <summary>
/// For a pattern that starts with the letters of a word and goes on with plain text (<c>\p{L}+(?:аарай|ээрэй)</c>,
/// "<c>~гүй</c>"), the pieces of text that plain part can start with. Such a pattern can only match from the start
/// of a word that holds one of them, so it is tried there alone instead of at every word of the answer.
/// </summary>
internal static class WordLeads
{
    public static IReadOnlyList<string>? Of(string regex)
    {
        var items = RegexItems.Of(regex);
        if (items is [{ Group: [var only], Quantified: false } single, ..] && !single.IsLookaround)
        {
            // "(?:\p{L}+(?:тай|тэй)\s+)…": a group of one branch starts the match as its branch does.
            items = RegexItems.Of(only);
        }

        if (items is null)
        {
            return null;
        }

        var k = 0;
        while (k < items.Count && items[k].IsLookaround)
        {
            k++;
        }

        if (k >= items.Count || items[k] is not { Kind.Letter: true, Group: null })
        {
            return null;
        }

        k++;
        while (k < items.Count && items[k].IsLookaround)
        {
            k++;
        }

        return k < items.Count ? Leads(items, k) : null;
    }

    /// <summary>
    /// For a pattern that starts with a word and a space before plain text (<c>\p{L}+\s+үү</c>, <c>\p{L}+\s+дээр</c>), the
    /// pieces of text that plain part can start with; null for any other pattern. Such a pattern can only match from the
    /// start of a word that is followed by spaces and one of them.
    /// </summary>
    public static IReadOnlyList<string>? AfterASpace(string regex)
    {
        if (RegexItems.Of(regex) is not { } items)
        {
            return null;
        }

        var k = Skip(items, 0);
        if (k >= items.Count || items[k] is not { Kind.Letter: true, Group: null, Minimum: >= 1 })
        {
            return null;
        }

        k = Skip(items, k + 1);
        if (k >= items.Count || items[k] is not { Kind.Space: true, Group: null, Minimum: >= 1 })
        {
            return null;
        }

        k = Skip(items, k + 1);
        return k < items.Count ? Leads(items, k) : null;
    }

    /// <summary>
    /// For a pattern whose matches start with plain text (<c>если\s+…</c>, <c>(?:отвезу|привезу|…)</c>, after any
    /// lookarounds), the pieces of text a match can start with; null for any other pattern. Such a pattern can only
    /// match where one of them occurs, so it is tried there alone instead of searched for.
    /// </summary>
    public static IReadOnlyList<string>? AtTheStart(string regex)
    {
        if (RegexItems.Of(regex) is not { } items || items.Exists(i => i.IsBar))
        {
            return null;
        }

        var k = Skip(items, 0);
        return k < items.Count ? Leads(items, k) : null;
    }

    private static int Skip(List<RegexItem> items, int k)
    {
        while (k < items.Count && items[k].IsLookaround)
        {
            k++;
        }

        return k;
    }

    /// <summary>The plain text every way of matching items[k] begins with, or null.</summary>
    private static List<string>? Leads(List<RegexItem> items, int k)
    {
        var item = items[k];
        if (item.IsBar || item.Quantified || item.IsLookaround)
        {
            return null;
        }

        if (item.Kind is { Literal: { } c })
        {
            var run = new System.Text.StringBuilder().Append(c);
            for (var i = k + 1; i < items.Count && items[i] is { Kind.Literal: { } next, Quantified: false, IsBar: false }; i++)
            {
                run.Append(next);
            }

            return [run.ToString()];
        }

        if (item.Group is not { } branches)
        {
            return null;
        }

        var leads = new List<string>();
        foreach (var branch in branches)
        {
            if (RegexItems.Of(branch) is not { Count: > 0 } inner || Leads(inner, 0) is not { } some)
            {
                return null;
            }

            leads.AddRange(some);
        }

        return leads;
    }
}

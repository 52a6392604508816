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
        var items = ItemsOf(regex);
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
        if (ItemsOf(regex) is not { } items)
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
    /// For a pattern that starts with a repeated class before plain text (<c>[\p{L}-]{3,}(?:тай|тэй)</c>), the pieces of
    /// text that plain part can start with, and the characters the class takes; null for any other pattern. Such a
    /// pattern can only match from a place in the run of those characters before one of them.
    /// </summary>
    public static (IReadOnlyList<string> Leads, RunChars Run)? AfterARun(string regex)
    {
        if (Parsed(regex) is not var (items, read))
        {
            return null;
        }

        var k = Skip(items, 0);
        if (k >= items.Count || items[k] is not { Group: null, Quantified: true, IsLookaround: false, IsBar: false } item)
        {
            return null;
        }

        // The class closes at the item's last "]": its quantifier holds none.
        var text = read[item.Start..item.End];
        var close = text.LastIndexOf(']');
        if (!text.StartsWith('[') || close < 1 || RunChars.Of(text.AsSpan(1, close - 1)) is not { } run)
        {
            return null;
        }

        k = Skip(items, k + 1);
        return k < items.Count && Leads(items, k) is { } leads ? (leads, run) : null;
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

    /// <summary>
    /// The regex's items, with a leading group of one branch opened: "(?:\p{L}+\s+)руу…" and
    /// "(?&lt;w&gt;\p{L}{2,}(?:ли|ла))\s+и\s+\k&lt;w&gt;" start their matches as "\p{L}+\s+руу…" and "\p{L}{2,}(?:ли|ла)\s+и…" do.
    /// </summary>
    private static List<RegexItem>? ItemsOf(string regex) => Parsed(regex)?.Items;

    /// <summary>The items of <see cref="ItemsOf"/>, and the text they were read from.</summary>
    private static (List<RegexItem> Items, string Read)? Parsed(string regex)
    {
        var readable = WithoutNames(regex);
        if (RegexItems.Of(readable) is not { } items)
        {
            return null;
        }

        if (items is [{ Group: [var only], Quantified: false, IsLookaround: false } first, ..])
        {
            var opened = only + readable[first.End..];
            if (RegexItems.Of(opened) is { } openedItems)
            {
                return (openedItems, opened);
            }
        }

        return (items, readable);
    }

    /// <summary>
    /// The regex with its named groups as plain ones and a back-reference as any one character: where a match starts
    /// and the text it starts with do not depend on the names, and only the start is read here.
    /// </summary>
    private static string WithoutNames(string regex)
    {
        if (!regex.Contains("(?<", StringComparison.Ordinal) && !regex.Contains(@"\k<", StringComparison.Ordinal))
        {
            return regex;
        }

        var read = new System.Text.StringBuilder(regex.Length);
        for (var i = 0; i < regex.Length; i++)
        {
            if (regex[i] == '\\' && i + 1 < regex.Length)
            {
                if (regex[i + 1] == 'k' && i + 2 < regex.Length && regex[i + 2] == '<' && regex.IndexOf('>', i) is var end and > 0)
                {
                    read.Append('.');
                    i = end;
                    continue;
                }

                read.Append(regex, i, 2);
                i++;
                continue;
            }

            if (regex[i] == '[')
            {
                // Inside a class "(?<" is plain text.
                var close = i + 1;
                while (close < regex.Length && (regex[close] != ']' || close == i + 1 || close == i + 2 && regex[i + 1] == '^'))
                {
                    close += regex[close] == '\\' ? 2 : 1;
                }

                read.Append(regex, i, Math.Min(close + 1, regex.Length) - i);
                i = close;
                continue;
            }

            if (regex.AsSpan(i).StartsWith("(?<") && i + 3 < regex.Length && char.IsLetter(regex[i + 3]) && regex.IndexOf('>', i) is var nameEnd and > 0)
            {
                read.Append("(?:");
                i = nameEnd;
                continue;
            }

            read.Append(regex[i]);
        }

        return read.ToString();
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

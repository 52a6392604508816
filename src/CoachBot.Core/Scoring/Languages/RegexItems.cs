namespace CoachBot.Core.Scoring.Languages;

/// <summary>What one repeated item of a regex matches, when it is simple enough to tell: a character, any space, any letter.</summary>
internal readonly record struct CharKind(char? Literal, bool Space, bool Letter)
{
    /// <summary>Some letters only (<c>[a-z]</c>, <c>\p{Ll}</c>): read as any letter where that is safe.</summary>
    public bool SomeLetters { get; init; }

    public bool MayMeet(CharKind other) => (this, other) switch
    {
        ({ Literal: { } a }, { Literal: { } b }) => a == b,
        ({ Literal: { } a }, _) => other.Space ? char.IsWhiteSpace(a) : char.IsLetter(a),
        (_, { Literal: not null }) => other.MayMeet(this),
        _ => Space == other.Space,
    };
}

internal enum Overlap
{
    None,
    Unknown,
}

/// <summary>One item of a regex's top level: a character, escape, class or group, with its quantifier; or a "|".</summary>
internal sealed record RegexItem(int Start, int End, bool IsBar, IReadOnlyList<string>? Group, CharKind? Kind, bool Quantified, int Minimum)
{
    /// <summary>A lookahead or lookbehind: it reads the text around but takes none of it.</summary>
    public bool IsLookaround { get; init; }

    /// <summary>A <c>^</c> or <c>$</c>: it takes no text.</summary>
    public bool IsAnchorIn(string regex) => this is { Kind: null, Group: null, Quantified: false } && regex[Start] is '^' or '$';

    /// <summary>The characters a repeated item matches, when that item is simple.</summary>
    public CharKind? Repeats => Group is null ? Kind : null;

    /// <summary>Whether this item (which must match something) can begin with a character of <paramref name="repeated"/>.</summary>
    public Overlap FirstChars(CharKind repeated)
    {
        if (IsBar || Minimum < 1)
        {
            return Overlap.Unknown;
        }

        if (Kind is { } kind)
        {
            return kind.MayMeet(repeated) ? Overlap.Unknown : Overlap.None;
        }

        if (Group is null)
        {
            return Overlap.Unknown;
        }

        foreach (var branch in Group)
        {
            if (RegexItems.Of(branch) is not [var first, ..] || first.FirstChars(repeated) != Overlap.None)
            {
                return Overlap.Unknown;
            }
        }

        return Overlap.None;
    }
}

internal static class RegexItems
{
    /// <summary>The top-level items of a regex, or null when it holds something this reader does not follow.</summary>
    public static List<RegexItem>? Of(string p)
    {
        var items = new List<RegexItem>();
        var at = 0;
        try
        {
            while (at < p.Length)
            {
                items.Add(Item(p, ref at));
            }
        }
        catch (NotSupportedException)
        {
            return null;
        }

        return items;
    }

    public static List<string> SplitOnBars(string p, List<RegexItem> items)
    {
        var parts = new List<string>();
        var start = 0;
        foreach (var bar in items.Where(i => i.IsBar))
        {
            parts.Add(p[start..bar.Start]);
            start = bar.End;
        }

        parts.Add(p[start..]);
        return parts;
    }

    private static RegexItem Item(string p, ref int at)
    {
        var start = at;
        var c = p[at++];
        CharKind? kind = null;
        IReadOnlyList<string>? group = null;
        switch (c)
        {
            case '|':
                return new RegexItem(start, at, true, null, null, false, 1);
            case '\\':
                kind = Escape(p, ref at);
                break;
            case '[':
                at = ClassEnd(p, at);
                kind = OnlyLetters(p.AsSpan(start + 1, at - start - 2)) ? new CharKind(null, false, true) { SomeLetters = true } : null;
                break;
            case '(':
                var lookaround = at + 1 < p.Length && p[at] == '?' && (p[at + 1] is '=' or '!' || p[at + 1] == '<' && at + 2 < p.Length && p[at + 2] is '=' or '!');
                group = Group(p, ref at);
                if (lookaround)
                {
                    var (lookMinimum, lookQuantified) = RegexQuantifier.Read(p, ref at);
                    return new RegexItem(start, at, false, null, null, lookQuantified, lookMinimum) { IsLookaround = true };
                }

                break;
            case ')' or '*' or '+' or '?' or '{':
                throw new NotSupportedException();
            case '.' or '^' or '$':
                break;
            default:
                kind = new CharKind(c, false, false);
                break;
        }

        var (minimum, quantified) = RegexQuantifier.Read(p, ref at);
        return new RegexItem(start, at, false, group, kind, quantified, minimum);
    }

    private static CharKind? Escape(string p, ref int at)
    {
        if (at >= p.Length)
        {
            throw new NotSupportedException();
        }

        var c = p[at++];
        if (c is 'p' or 'P' && at < p.Length && p[at] == '{')
        {
            var close = p.IndexOf('}', at);
            var name = close < 0 ? throw new NotSupportedException() : p[(at + 1)..close];
            at = close + 1;
            return c == 'p' && IsLetterCategory(name) ? new CharKind(null, false, true) { SomeLetters = name != "L" } : null;
        }

        if (c is 'u' or 'x' or 'c' or 'k' || char.IsAsciiDigit(c))
        {
            throw new NotSupportedException();
        }

        return c == 's' ? new CharKind(null, true, false) : char.IsLetter(c) ? null : new CharKind(c, false, false);
    }

    /// <summary>A plain or capturing group gives its branches; a lookaround or atomic group gives null.</summary>
    private static List<string>? Group(string p, ref int at)
    {
        var plain = at < p.Length && p[at] != '?';
        var kind = plain ? "" : p[(at + 1)..Math.Min(p.Length, at + 3)];
        if (!plain && !(kind.StartsWith(':') || kind.StartsWith('=') || kind.StartsWith('!') || kind.StartsWith('>') || kind is "<=" or "<!"))
        {
            // Named groups, options and conditionals: not followed here.
            throw new NotSupportedException();
        }

        // Lookarounds and atomic groups match in one way at most, so they count as one item; plain groups give their branches.
        var bodyStart = plain ? at : kind.StartsWith(':') ? at + 2 : -1;
        var depth = 1;
        while (at < p.Length)
        {
            var c = p[at];
            if (c == '\\')
            {
                at += 2;
                continue;
            }

            if (c == '[')
            {
                at = ClassEnd(p, at + 1);
                continue;
            }

            at++;
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth == 0)
            {
                break;
            }
        }

        if (depth != 0)
        {
            throw new NotSupportedException();
        }

        if (bodyStart < 0)
        {
            return null;
        }

        var body = p[bodyStart..(at - 1)];
        return Of(body) is { } items ? SplitOnBars(body, items) : throw new NotSupportedException();
    }

    /// <summary>Letters or a kind of letters: <c>\p{L}</c>, <c>\p{Ll}</c>.</summary>
    private static bool IsLetterCategory(string name) => name is "L" or "Lu" or "Ll" or "Lt" or "Lm" or "Lo";

    /// <summary>
    /// Whether a class (what stands between its brackets) holds letters alone: <c>a-z</c>, <c>а-яе</c>, <c>\p{L}</c>.
    /// Read as any letter, which is what the readers of items need: a match of it begins or ends a word.
    /// </summary>
    private static bool OnlyLetters(ReadOnlySpan<char> body)
    {
        if (body.IsEmpty || body[0] == '^')
        {
            return false;
        }

        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] == '\\')
            {
                var close = body[(i + 1)..].StartsWith("p{") ? body[(i + 3)..].IndexOf('}') : -1;
                if (close < 0 || !IsLetterCategory(body.Slice(i + 3, close).ToString()))
                {
                    return false;
                }

                i += 3 + close;
                continue;
            }

            if (!char.IsLetter(body[i]))
            {
                return false;
            }

            // A range holds letters alone only if every character between its ends is one ("A-z" holds "[" and "_").
            if (i + 2 < body.Length && body[i + 1] == '-')
            {
                for (var c = body[i]; c <= body[i + 2]; c++)
                {
                    if (!char.IsLetter(c))
                    {
                        return false;
                    }
                }

                i += 2;
            }
        }

        return true;
    }

    private static int ClassEnd(string p, int at)
    {
        if (at < p.Length && p[at] == '^')
        {
            at++;
        }

        if (at < p.Length && p[at] == ']')
        {
            at++;
        }

        while (at < p.Length && p[at] != ']')
        {
            at = p[at] == '\\' ? at + 2 : p[at] == '[' ? ClassEnd(p, at + 1) : at + 1;
        }

        return at < p.Length ? at + 1 : throw new NotSupportedException();
    }
}

namespace CoachBot.Core.Scoring.Languages;

/// <summary>Reads the quantifier after a regex atom: "?", "*", "+", "{2}", "{0,3}", "{1,}", each maybe lazy.</summary>
internal static class RegexQuantifier
{
    /// <summary>The least number of times the atom just read must occur, and whether a quantifier said so.</summary>
    public static (int Minimum, bool Quantified) Read(string p, ref int at)
    {
        if (at >= p.Length)
        {
            return (1, false);
        }

        int minimum;
        switch (p[at])
        {
            case '*' or '?':
                (minimum, at) = (0, at + 1);
                break;
            case '+':
                (minimum, at) = (1, at + 1);
                break;
            case '{' when Counted(p, at) is { } counted:
                (minimum, at) = counted;
                break;
            default:
                return (1, false);
        }

        if (at < p.Length && p[at] == '?')
        {
            at++;
        }

        return (minimum, true);
    }

    /// <summary>"{2}", "{0,3}", "{1,}": the minimum and where the quantifier ends; null when the brace is a plain character.</summary>
    private static (int Minimum, int End)? Counted(string p, int at)
    {
        var close = p.IndexOf('}', at);
        var body = close < 0 ? "" : p[(at + 1)..close];
        var parts = body.Split(',');
        if (parts.Length > 2 || parts[0].Length == 0 || !body.All(ch => char.IsAsciiDigit(ch) || ch == ','))
        {
            return null;
        }

        return (int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), close + 1);
    }
}

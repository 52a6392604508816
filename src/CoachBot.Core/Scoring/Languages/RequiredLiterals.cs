using System.Text;

namespace CoachBot.Core.Scoring.Languages;

/// <summary>
/// Reads a .NET regex and finds the pieces of plain text its matches (with what their lookaheads and lookbehinds read) must hold: "i(?:'m| am) (?:so|really) sorry"
/// needs "i", one of "'m" and "am", one of "so" and "really", and "sorry". An answer without them cannot match, so
/// the regex need not run.
/// </summary>
internal static class RequiredLiterals
{
    /// <summary>
    /// The piece that stands for any digit (<c>\d</c>, a character of Unicode's decimal digits): no answer without one can
    /// match "<c>\d{1,2}:\d{2}</c>". Whitespace is never part of a piece of plain text, so none reads the same.
    /// </summary>
    public const string AnyDigit = "\n\\d";

    /// <summary>Sets of pieces of which every match holds one piece of each set; empty when none can be told.</summary>
    /// <param name="spaceRunsAsOne">
    /// Whether a piece may hold a space standing for one whitespace character or a run of them (<c>\s</c>, <c>\s+</c>), as
    /// <see cref="LiteralScanner"/> reads a text: "i'll call" instead of "i'll" and "call", which far more answers hold.
    /// </param>
    public static IReadOnlyList<IReadOnlyList<string>> Of(string regex, bool spaceRunsAsOne = false) => AllAndInOrder(regex, spaceRunsAsOne).All;

    /// <summary>
    /// The sets of <see cref="Of"/> that a match holds one after the other, in this order and without overlapping: those
    /// read by the regex's own consuming steps, not by a lookaround, which may read text before or after the others.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>> InOrder(string regex, bool spaceRunsAsOne = false) => AllAndInOrder(regex, spaceRunsAsOne).InOrder;

    /// <summary><see cref="Of"/> and <see cref="InOrder"/> from one reading of the regex.</summary>
    public static (IReadOnlyList<IReadOnlyList<string>> All, IReadOnlyList<IReadOnlyList<string>> InOrder) AllAndInOrder(string regex, bool spaceRunsAsOne = false)
    {
        var sets = Read(regex, spaceRunsAsOne);
        return (sets.Select(set => set.Pieces).ToList(), sets.Where(set => set.Consumed).Select(set => set.Pieces).ToList());
    }

    private static List<RequiredSet> Read(string regex, bool spaceRunsAsOne)
    {
        try
        {
            var at = 0;
            var all = Sequence(regex, ref at, spaceRunsAsOne);
            if (at == regex.Length)
            {
                return all;
            }

            at = 0;
            return Alternation(regex, ref at, spaceRunsAsOne) is { } any && at == regex.Length ? [any] : [];
        }
        catch (NotSupportedException)
        {
            return [];
        }
    }

    /// <summary>Pieces of which a match holds one; <paramref name="Consumed"/> when the regex steps over the piece rather than looking around.</summary>
    private sealed record RequiredSet(List<string> Pieces, bool Consumed);

    /// <summary>Branches up to the ")" that closes the group (or the end): one piece of each branch must occur.</summary>
    private static RequiredSet? Alternation(string p, ref int at, bool spaceRunsAsOne)
    {
        var union = new List<string>();
        var everyBranchHasSome = true;
        var consumed = true;
        while (true)
        {
            var branch = Best(Sequence(p, ref at, spaceRunsAsOne));
            everyBranchHasSome &= branch is not null;
            if (branch is not null)
            {
                union.AddRange(branch.Pieces);
                consumed &= branch.Consumed;
            }

            if (at < p.Length && p[at] == '|')
            {
                at++;
                continue;
            }

            return everyBranchHasSome ? new RequiredSet(union.Distinct(StringComparer.Ordinal).ToList(), consumed) : null;
        }
    }

    /// <summary>The set of pieces most telling of a branch: the one whose shortest piece is longest.</summary>
    private static RequiredSet? Best(List<RequiredSet> candidates) =>
        candidates.OrderByDescending(c => c.Pieces.Min(s => s.Length)).ThenBy(c => c.Pieces.Count).FirstOrDefault();

    /// <summary>Every set of pieces that a match of the branch must hold one of.</summary>
    private static List<RequiredSet> Sequence(string p, ref int at, bool spaceRunsAsOne)
    {
        var candidates = new List<RequiredSet>();
        var run = new StringBuilder();
        while (at < p.Length && p[at] is not ('|' or ')'))
        {
            var (literal, group) = Atom(p, ref at, spaceRunsAsOne);
            var (minimum, quantified) = RegexQuantifier.Read(p, ref at);
            if (literal == ' ' && minimum == 1 && run.Length > 0)
            {
                // One whitespace character or a run of them: one space to the scanner.
                run.Append(' ');
                continue;
            }

            if (literal is { } c && c != ' ' && minimum > 0)
            {
                run.Append(c);
                if (!quantified)
                {
                    continue;
                }
            }

            EndRun();
            if (group is not null && minimum > 0)
            {
                candidates.Add(group);
            }
        }

        EndRun();
        return candidates;

        void EndRun()
        {
            // A space at the end stands for the run that may be longer, or cut off by the end of the text: it is left out.
            var piece = run.ToString().TrimEnd(' ');
            if (piece.Length > 0)
            {
                candidates.Add(new RequiredSet([piece], true));
            }

            run.Clear();
        }
    }

    /// <summary>One atom: a plain character (literal), a group holding required pieces (group), or neither.</summary>
    private static (char? Literal, RequiredSet? Group) Atom(string p, ref int at, bool spaceRunsAsOne)
    {
        var c = p[at++];
        switch (c)
        {
            case '\\':
                var (literal, digit) = Escape(p, ref at, spaceRunsAsOne);
                return (literal, digit is null ? null : new RequiredSet(digit, true));
            case '[':
                SkipClass(p, ref at);
                return (null, null);
            case '(':
                return (null, Group(p, ref at, spaceRunsAsOne));
            case '.' or '^' or '$' or '{' or '*' or '+' or '?':
                return (null, null);
            default:
                return (char.IsWhiteSpace(c) ? null : c, null);
        }
    }

    /// <returns>A space for <c>\s</c> when runs of whitespace are read as one space.</returns>
    private static (char?, List<string>?) Escape(string p, ref int at, bool spaceRunsAsOne)
    {
        if (at >= p.Length)
        {
            throw new NotSupportedException();
        }

        var c = p[at++];
        switch (c)
        {
            case 'p' or 'P' when at < p.Length && p[at] == '{':
                at = p.IndexOf('}', at) + 1;
                return at == 0 ? throw new NotSupportedException() : (null, null);
            case 'u':
                at += 4;
                return (null, null);
            case 'x':
                at += 2;
                return (null, null);
            case 'c':
                at += 1;
                return (null, null);
            case 'k' when at < p.Length && p[at] is '<' or '\'':
                // A backreference repeats what its group matched: no piece of its own.
                at = p.IndexOf(p[at] == '<' ? '>' : '\'', at + 1) + 1;
                return at == 0 ? throw new NotSupportedException() : (null, null);
            case 'k':
                throw new NotSupportedException();
            case 'd':
                return (null, [AnyDigit]);
            case 's' when spaceRunsAsOne:
                return (' ', null);
            case >= '0' and <= '9':
                while (at < p.Length && char.IsDigit(p[at]))
                {
                    at++;
                }

                return (null, null);
            default:
                return (char.IsLetter(c) || char.IsWhiteSpace(c) ? null : c, null);
        }
    }

    private static RequiredSet? Group(string p, ref int at, bool spaceRunsAsOne)
    {
        // A positive lookaround takes no text, but what it reads lies in the same text, so its pieces are required too
        // (not in order with the others: it may read text before or after them).
        var required = true;
        var lookaround = false;
        if (at < p.Length && p[at] == '?')
        {
            var kind = p[(at + 1)..Math.Min(p.Length, at + 3)];
            if (kind.StartsWith('='))
            {
                (at, lookaround) = (at + 2, true);
            }
            else if (kind.StartsWith(':') || kind.StartsWith('>'))
            {
                at += 2;
            }
            else if (kind.StartsWith('!'))
            {
                (at, required) = (at + 2, false);
            }
            else if (kind is "<=")
            {
                (at, lookaround) = (at + 3, true);
            }
            else if (kind is "<!")
            {
                (at, required) = (at + 3, false);
            }
            else if (kind.StartsWith('<') || kind.StartsWith('\''))
            {
                at = p.IndexOfAny(['>', '\''], at + 2) + 1;
            }
            else
            {
                // Inline options, conditionals and comments change what the text means: no pieces for this pattern.
                throw new NotSupportedException();
            }
        }

        var inside = Alternation(p, ref at, spaceRunsAsOne);
        if (at >= p.Length || p[at] != ')')
        {
            throw new NotSupportedException();
        }

        at++;
        return !required || inside is null ? null : lookaround ? inside with { Consumed = false } : inside;
    }

    private static void SkipClass(string p, ref int at)
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
            if (p[at] == '[')
            {
                at++;
                SkipClass(p, ref at);
                continue;
            }

            at += p[at] == '\\' ? 2 : 1;
        }

        if (at >= p.Length)
        {
            throw new NotSupportedException();
        }

        at++;
    }
}

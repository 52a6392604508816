namespace CoachBot.Core.Scoring.Languages;

/// <summary>
/// The characters a repeated class at a pattern's start takes (<c>[\p{L}-]{3,}</c>, <c>[\p{L}\d'-]+</c>): letters,
/// digits, and a few others. Holding more than the class is safe: it only gives more places to try.
/// </summary>
internal sealed record RunChars(bool Letters, bool Digits, string Others)
{
    public bool Holds(char c) => Letters && char.IsLetter(c) || Digits && char.IsDigit(c) || Others.Contains(c);

    /// <summary>What stands between a class's brackets, read; null for a class this reader does not follow (negated, <c>\s</c>, <c>\w</c>…).</summary>
    public static RunChars? Of(ReadOnlySpan<char> body)
    {
        if (body.IsEmpty || body[0] == '^')
        {
            return null;
        }

        var (letters, digits, others) = (false, false, new System.Text.StringBuilder());
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (c == '\\')
            {
                if (i + 1 >= body.Length)
                {
                    return null;
                }

                var escaped = body[++i];
                if (escaped == 'd')
                {
                    digits = true;
                }
                else if (escaped == 'p' && body[(i + 1)..].StartsWith("{L}"))
                {
                    letters = true;
                    i += 3;
                }
                else if (!char.IsLetterOrDigit(escaped))
                {
                    others.Append(escaped);
                }
                else
                {
                    return null;
                }

                continue;
            }

            if (c is '[' or ']')
            {
                return null;
            }

            if (i + 2 < body.Length && body[i + 1] == '-' && body[i + 2] != '\\')
            {
                // A range: its ends must be letters, or digits, and all between them alike.
                for (var r = c; r <= body[i + 2]; r++)
                {
                    if (char.IsLetter(r))
                    {
                        letters = true;
                    }
                    else if (char.IsDigit(r))
                    {
                        digits = true;
                    }
                    else
                    {
                        return null;
                    }
                }

                i += 2;
                continue;
            }

            if (char.IsLetter(c))
            {
                letters = true;
            }
            else if (char.IsDigit(c))
            {
                digits = true;
            }
            else
            {
                others.Append(c);
            }
        }

        return new RunChars(letters, digits, others.ToString());
    }
}

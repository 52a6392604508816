using System.Text;

namespace CoachBot.Core.Scoring.Languages;

/// <summary>
/// Writes a regex's <c>\s</c> as the characters it stands for. Compiled, <c>\s</c> asks the Unicode tables about every
/// character that is not Latin-1, a Cyrillic letter included; the same characters spelled out are told apart by one
/// comparison, and the matches stay the same.
/// </summary>
internal static class WhiteSpaceClass
{
    // \s in .NET: \f, \n, \r, \t, \v, U+0085 and the separators \p{Z}.
    private const string Characters = @"\t-\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000";

    public static string SpelledOut(string pattern)
    {
        var written = new StringBuilder(pattern.Length * 2);
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                var escaped = pattern[++i];
                written.Append(escaped != 's' ? $"\\{escaped}" : inClass ? Characters : $"[{Characters}]");
                continue;
            }

            if (c == '[' && !inClass)
            {
                // A "]" first in a class, or after its "^", is a character of the class.
                inClass = true;
                var first = i + 1 < pattern.Length && pattern[i + 1] == '^' ? i + 2 : i + 1;
                var end = first < pattern.Length && pattern[first] == ']' ? first + 1 : first;
                written.Append(pattern, i, end - i);
                i = end - 1;
                continue;
            }

            inClass &= c != ']';
            written.Append(c);
        }

        return written.ToString();
    }
}

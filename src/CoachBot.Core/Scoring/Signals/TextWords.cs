using System.Text.RegularExpressions;

namespace CoachBot.Core.Scoring.Signals;

/// <summary>What counts as a word when the scorer counts, windows or compares words: letters and digits, with inner apostrophes and dashes.</summary>
internal static partial class TextWords
{
    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'-]*")]
    public static partial Regex Word();

    /// <summary>How many words <see cref="Word"/> finds: each run of letters, digits, apostrophes and dashes that holds a letter or a digit.</summary>
    public static int Count(ReadOnlySpan<char> text)
    {
        var (count, inRun, runHasWord) = (0, false, false);
        foreach (var c in text)
        {
            var letterOrDigit = char.IsLetter(c) || char.IsNumber(c);
            if (letterOrDigit || c is '\'' or '-')
            {
                runHasWord |= letterOrDigit;
                inRun = true;
                continue;
            }

            count += inRun && runHasWord ? 1 : 0;
            (inRun, runHasWord) = (false, false);
        }

        return count + (inRun && runHasWord ? 1 : 0);
    }
}

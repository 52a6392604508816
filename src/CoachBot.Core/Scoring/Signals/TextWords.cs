using System.Text.RegularExpressions;

namespace CoachBot.Core.Scoring.Signals;

/// <summary>What counts as a word when the scorer counts, windows or compares words: letters and digits, with inner apostrophes and dashes.</summary>
internal static partial class TextWords
{
    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'-]*")]
    public static partial Regex Word();
}

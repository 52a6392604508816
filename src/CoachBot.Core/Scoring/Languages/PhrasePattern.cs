using System.Text.RegularExpressions;

namespace CoachBot.Core.Scoring.Languages;

/// <summary>One pattern of a language file as its own whole-word regex, with the pieces of text any match must hold.</summary>
internal sealed class PhrasePattern(string expanded)
{
    private const string WordStart = @"(?<![\p{L}\p{N}])";
    private const string WordEnd = @"(?![\p{L}\p{N}])";

    private Regex? _regex;

    /// <summary>Null when the pattern may match without any particular text (it is then always run).</summary>
    public IReadOnlyList<string>? Literals { get; } = RequiredLiterals.Of(expanded);

    // Built on first use: most patterns never run on a given answer, and many never at all in a short-lived process.
    public Regex Regex => _regex ??= new Regex(WordStart + "(?:(?:" + expanded + "))" + WordEnd, RegexOptions.CultureInvariant);
}

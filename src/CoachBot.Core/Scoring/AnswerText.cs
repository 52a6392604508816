using System.Text.RegularExpressions;

namespace CoachBot.Core.Scoring;

/// <summary>An answer prepared for matching: normalised text, sentences, and quotes from the original words.</summary>
internal sealed partial class AnswerText
{
    public AnswerText(string raw)
    {
        Raw = raw;
        // Same length as Raw, so a match index is also an index into the employee's own words.
        Normalised = raw.ToLowerInvariant().Replace('’', '\'').Replace('‘', '\'');
        Sentences = SentenceBoundary().Split(Normalised).Where(s => s.Trim().Length > 0).ToList();
    }

    public string Raw { get; }

    public string Normalised { get; }

    public IReadOnlyList<string> Sentences { get; }

    public IEnumerable<Match> Find(Regex pattern) => pattern.Matches(Normalised);

    public bool Has(Regex pattern) => pattern.IsMatch(Normalised);

    /// <summary>The original words of the clause around a match, for evidence.</summary>
    public string Quote(Match match)
    {
        var start = match.Index;
        while (start > 0 && !IsClauseEnd(Raw[start - 1]))
        {
            start--;
        }

        var end = match.Index + match.Length;
        while (end < Raw.Length && !IsClauseEnd(Raw[end]))
        {
            end++;
        }

        var quote = Raw[start..end].Trim();
        return quote.Length <= 140 ? quote : Raw.Substring(match.Index, Math.Min(match.Length, 140)).Trim();
    }

    public string? FirstQuote(Regex pattern) => Find(pattern).Select(Quote).FirstOrDefault();

    public IEnumerable<string> Questions() => Sentences.Where(s => s.TrimEnd().EndsWith('?'));

    private static bool IsClauseEnd(char c) => c is '.' or '!' or '?' or ';' or '—' or '\n';

    [GeneratedRegex(@"(?<=[.!?])\s+|\n+")]
    private static partial Regex SentenceBoundary();
}

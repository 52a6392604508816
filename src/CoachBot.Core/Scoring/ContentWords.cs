using System.Text.RegularExpressions;

namespace CoachBot.Core.Scoring;

/// <summary>Distinctive words of a text, crudely stemmed, for "did they name the customer's concern?".</summary>
internal static partial class ContentWords
{
    private static readonly HashSet<string> Stop = new(StringComparer.Ordinal)
    {
        "the", "and", "for", "you", "your", "you're", "you've", "that", "this", "with", "have", "has", "had", "was", "were",
        "are", "not", "but", "now", "just", "all", "out", "our", "can", "will", "they", "them", "their", "there", "what",
        "when", "where", "which", "who", "how", "it's", "its", "i'm", "i've", "i'll", "we'll", "we're", "from", "into",
        "about", "been", "being", "than", "then", "even", "still", "only", "also", "very", "really", "some", "any", "get",
        "got", "say", "said", "tell", "told", "know", "want", "need", "like", "would", "could", "should", "here", "going",
        "make", "made", "does", "did", "doesn't", "didn't", "can't", "don't", "won't", "isn't", "that's", "there's",
        "sorry", "please", "thank", "thanks", "nothing", "anything", "everyone", "right", "okay", "well", "yes", "let",
    };

    public static HashSet<string> Of(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in Word().Matches(text.ToLowerInvariant().Replace('’', '\'')))
        {
            var w = m.Value.Trim('\'', '-');
            if (w.Length < 3 || Stop.Contains(w))
            {
                continue;
            }

            words.Add(Stem(w));
        }

        return words;
    }

    private static string Stem(string w)
    {
        if (w.EndsWith("'s", StringComparison.Ordinal))
        {
            w = w[..^2];
        }

        foreach (var suffix in new[] { "ing", "ed", "es", "s" })
        {
            if (w.Length > suffix.Length + 3 && w.EndsWith(suffix, StringComparison.Ordinal))
            {
                return w[..^suffix.Length];
            }
        }

        return w;
    }

    [GeneratedRegex(@"[\p{L}\d][\p{L}\d'-]*")]
    private static partial Regex Word();
}

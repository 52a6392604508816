using System.Text.RegularExpressions;

namespace CoachBot.Core.Scoring.Languages;

/// <summary>
/// Tells which of the known languages an answer is in, from its script, the letters only one language uses,
/// and its commonest words. A language written in another script is also
/// recognised typed in Latin letters when its file says how (<see cref="LatinSpelling"/>). Null when it is none of them (Kazakh, French…).
/// </summary>
public static partial class LanguageDetector
{
    private const int ShortAnswerWords = 3;
    private const double MinMarkerShare = 0.12;
    private const double EndingWeight = 0.5;
    private const double MaxShareForAnotherScript = 0.2;
    private const int WordsPerForeignWord = 10;

    public static LanguagePack? Detect(string text, IReadOnlyList<LanguagePack> languages)
    {
        var lower = InvariantLowerCase.Of(text);
        if (ScriptOf(lower) is not { } script)
        {
            // No words at all ("👍", "...") says nothing in any language; another script is a language we do not read.
            return lower.Any(char.IsLetter) ? null : languages.FirstOrDefault();
        }

        var folded = lower.Replace('ё', 'е');
        var words = new List<Range>();
        foreach (var word in Word().EnumerateMatches(folded))
        {
            words.Add(new Range(word.Index, word.Index + word.Length));
        }

        LanguagePack? best = null;
        var bestScore = 0.0;
        Span<char> written = stackalloc char[64];
        var candidates = languages.Where(l => (l.Script == script || script == "latin" && !l.Latin.IsEmpty) && !IsRuledOut(l, folded, words))
            .OrderBy(l => l.Script == script ? 0 : 1);
        foreach (var language in candidates)
        {
            if (language.Script != script && bestScore >= MaxShareForAnotherScript * words.Count)
            {
                // Plainly English already (half its words are English markers; Mongolian typed in Latin letters has under a tenth).
                break;
            }

            var markers = 0.0;
            var ownWords = 0;
            var otherWords = 0;
            foreach (var range in words)
            {
                var word = folded.AsSpan(range);
                if (language.Script == script)
                {
                    var weight = MarkerWeight(language, word);
                    markers += weight;
                    otherWords += weight == 0 && language.IsOtherWord(word) ? 1 : 0;
                }
                else if (word.Length <= written.Length && language.Latin.Reads(word))
                {
                    // A language typed in Latin letters ("bayarlalaa, margaash zalgana") is told by its own words read back in its script.
                    var read = written[..language.Latin.Write(word, written)];
                    var whole = SpanLookup.Contains(language.Markers, read) || SpanLookup.TryGetValue(language.Chat, read, out _);
                    ownWords += whole ? 1 : 0;
                    markers += whole ? 1 : language.EndingsLookup.EndsOne(read) ? EndingWeight : 0;
                    otherWords += !whole && IsOtherWord(word, script, languages) ? 1 : 0;
                }
                else
                {
                    otherWords += IsOtherWord(word, script, languages) ? 1 : 0;
                }
            }

            if (language.Script != script && ownWords == 0)
            {
                // Word endings alone do not tell: English words read in Cyrillic have them too ("card" ends like "-рд").
                continue;
            }

            if (otherWords > 0 && otherWords >= markers)
            {
                // As many words of a language we do not score as of this one ("Das ist nicht gut, wir rufen morgen an").
                continue;
            }

            var letters = language.Letters.Length == 0 ? 0 : CountOf(lower, language.Letters);
            var score = markers + 3.0 * Math.Min(letters, words.Count);
            if (score > bestScore)
            {
                (best, bestScore) = (language, score);
            }
        }

        if (best is not null)
        {
            var share = bestScore / Math.Max(1, words.Count);
            return words.Count <= ShortAnswerWords || share >= MinMarkerShare ? best : null;
        }

        // Too short to tell ("ok", "да"): the first language of that script, if it has no foreign letters.
        return words.Count <= ShortAnswerWords
            ? languages.Where(l => l.Script == script && !l.HasForeignLetters(lower)).OrderBy(l => l.Letters.Length).FirstOrDefault()
            : null;
    }

    /// <summary>"cyrillic" or "latin", whichever has more of the text's letters; null when it has letters of neither.</summary>
    public static string? ScriptOf(string text)
    {
        var (cyrillic, latin) = (0, 0);
        foreach (var c in text)
        {
            cyrillic += c is >= '\u0400' and <= '\u04FF' ? 1 : 0;
            latin += c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '\u00C0' and <= '\u024F' ? 1 : 0;
        }

        return cyrillic + latin == 0 ? null : cyrillic >= latin ? "cyrillic" : "latin";
    }

    /// <summary>
    /// Letters only other languages have rule a language out, unless they are in one word in ten of a longer answer:
    /// a Kazakh greeting or name in a Russian answer ("ассалаумағалейкум, понял…") is still Russian.
    /// </summary>
    private static bool IsRuledOut(LanguagePack language, string text, List<Range> words)
    {
        if (!language.HasForeignLetters(text))
        {
            return false;
        }

        var foreignWords = 0;
        foreach (var range in words)
        {
            foreignWords += language.HasForeignLetters(text.AsSpan(range)) ? 1 : 0;
        }

        return words.Count <= ShortAnswerWords || foreignWords > Math.Max(1, words.Count / WordsPerForeignWord);
    }

    private static bool IsOtherWord(ReadOnlySpan<char> word, string script, IReadOnlyList<LanguagePack> languages)
    {
        foreach (var language in languages)
        {
            if (language.Script == script && language.IsOtherWord(word))
            {
                return true;
            }
        }

        return false;
    }

    private static double MarkerWeight(LanguagePack language, ReadOnlySpan<char> word) =>
        SpanLookup.Contains(language.Markers, word) ? 1 : language.EndingsLookup.EndsOne(word) ? EndingWeight : 0;

    private static int CountOf(string text, string letters)
    {
        var count = 0;
        foreach (var c in text)
        {
            count += letters.Contains(c) ? 1 : 0;
        }

        return count;
    }

    [GeneratedRegex(@"[\p{L}][\p{L}'-]*")]
    private static partial Regex Word();
}

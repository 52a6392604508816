using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using CoachBot.Core.Scoring.Languages;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace CoachBot.Core.Scoring.Signals;

/// <summary>The distinctive words of a text as stems, to tell whether an answer speaks about this customer's situation.</summary>
internal static class ContentStems
{
    [ThreadStatic]
    private static RussianStemmer? _russian;

    public static HashSet<string> Of(string text, LanguagePack language)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in TextWords.Word().Matches(text.ToLowerInvariant().Replace('’', '\'').Replace('ё', 'е')))
        {
            var word = m.Value.Trim('\'', '-');
            if (word.Length >= 3 && !language.StopWords.Contains(word) && !language.Chat.ContainsKey(word) && !word.All(char.IsDigit))
            {
                stems.Add(Stem(word, language.Stemmer));
            }
        }

        return stems;
    }

    // Answers keep using the same words, and the Snowball stemmer is the costly part; bounded so odd input cannot grow it forever.
    private const int MaxCachedStems = 50_000;
    private static readonly ConcurrentDictionary<(string Stemmer, string Word), string> Cache = new();

    private static string Stem(string word, string stemmer)
    {
        if (Cache.TryGetValue((stemmer, word), out var stem))
        {
            return stem;
        }

        if (Cache.Count >= MaxCachedStems)
        {
            Cache.Clear();
        }

        return Cache[(stemmer, word)] = StemOnce(word, stemmer);
    }

    private static string StemOnce(string word, string stemmer) => stemmer switch
    {
        "russian" => Russian(word),
        ['p', 'r', 'e', 'f', 'i', 'x', '-', var n] => word.Length > n - '0' ? word[..(n - '0')] : word,
        _ => English(word),
    };

    private static string Russian(string word)
    {
        var stemmer = _russian ??= new RussianStemmer();
        stemmer.SetCurrent(word);
        stemmer.Stem();
        return stemmer.Current;
    }

    private static string English(string word)
    {
        if (word.EndsWith("'s", StringComparison.Ordinal))
        {
            word = word[..^2];
        }

        foreach (var suffix in EnglishSuffixes)
        {
            if (word.Length > suffix.Length + 3 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                return word[..^suffix.Length];
            }
        }

        return word;
    }

    private static readonly string[] EnglishSuffixes = ["ing", "ed", "es", "s", "y"];
}

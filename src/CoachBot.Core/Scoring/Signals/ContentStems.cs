using System.Collections.Concurrent;
using CoachBot.Core.Scoring.Languages;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace CoachBot.Core.Scoring.Signals;

/// <summary>The distinctive words of a text as stems, to tell whether an answer speaks about this customer's situation.</summary>
internal static class ContentStems
{
    [ThreadStatic]
    private static RussianStemmer? _russian;

    public static HashSet<string> Of(string text, LanguagePack language) => Of(text.AsSpan(), language);

    public static HashSet<string> Of(ReadOnlySpan<char> text, LanguagePack language)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        var buffer = text.Length <= 1024 ? stackalloc char[text.Length] : new char[text.Length];
        InvariantLowerCase.Into(text, buffer);
        buffer.Replace('’', '\'');
        buffer.Replace('ё', 'е');
        foreach (var m in TextWords.Word().EnumerateMatches(buffer))
        {
            var typed = buffer.Slice(m.Index, m.Length);
            var isChat = SpanLookup.ContainsKey(language.Chat, ((ReadOnlySpan<char>)typed).Trim("'-"));
            language.Folds.Apply(typed);
            var word = ((ReadOnlySpan<char>)typed).Trim("'-");
            if (IsDetail(word))
            {
                stems.Add(DetailKey(word));
            }
            else if (word.Length >= 3 && !SpanLookup.Contains(language.StopWords, word) && !isChat && !AllDigits(word))
            {
                stems.Add(Stem(word, language.Stemmer));
            }
        }

        return stems;
    }

    // An amount or a model code the customer gave ("1 240", "B2 boots") ties an answer to this situation as surely as their words do;
    // short numbers (times, "24 hours", "3-5 days") and the zeros of thousands ("600 000", "10,000") say nothing about whose situation it is.
    private static bool IsDetail(ReadOnlySpan<char> word)
    {
        var (digits, letters, zeros) = (0, 0, 0);
        foreach (var c in word)
        {
            digits += char.IsDigit(c) ? 1 : 0;
            letters += char.IsLetter(c) ? 1 : 0;
            zeros += c == '0' ? 1 : 0;
        }

        return digits >= 3 && letters == 0 && zeros < digits || digits >= 1 && letters >= 1 && letters <= 2 && word.Length <= 5 && char.IsLetter(word[0]);
    }

    // "B2s" is the customer's "B2"
    private static string DetailKey(ReadOnlySpan<char> word) =>
        "#" + (word.Length > 2 && word[^1] == 's' && char.IsDigit(word[^2]) ? word[..^1] : word).ToString();

    private static bool AllDigits(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    // Answers keep using the same words, and the Snowball stemmer is the costly part; bounded so odd input cannot grow it forever.
    private const int MaxCachedStems = 50_000;
    private static readonly ConcurrentDictionary<string, ConcurrentDictionary<string, string>> Cache = new(StringComparer.Ordinal);

    private static string Stem(ReadOnlySpan<char> word, string stemmer)
    {
        var cache = Cache.GetOrAdd(stemmer, _ => new ConcurrentDictionary<string, string>(StringComparer.Ordinal));
        var lookup = cache.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(word, out var stem))
        {
            return stem;
        }

        if (cache.Count >= MaxCachedStems)
        {
            cache.Clear();
        }

        var text = word.ToString();
        return cache[text] = StemOnce(text, stemmer);
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

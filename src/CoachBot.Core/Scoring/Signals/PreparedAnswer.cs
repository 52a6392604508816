using System.Text;
using System.Text.RegularExpressions;
using CoachBot.Core.Scoring.Languages;

namespace CoachBot.Core.Scoring.Signals;

/// <summary>
/// An answer made ready for matching in one language: lower-cased, chat spelling written out, look-alike
/// letters mended, split into sentences and clauses; every character maps back to the employee's own words.
/// </summary>
internal sealed partial class PreparedAnswer
{
    /// <summary>The longest quote shown as evidence: a longer sentence is quoted by its clause, or by the match alone.</summary>
    public const int MaxQuoteLength = 160;

    private readonly int[] _rawIndex;
    private readonly int[] _clauseBreaks;
    private readonly List<(int Start, int End)> _quotes;

    public PreparedAnswer(string raw, LanguagePack language)
    {
        Raw = raw;
        Language = language;
        (Text, _rawIndex, var chatWords) = Normalise(raw, language);
        TypedCasually = chatWords > 0 || raw.Any(char.IsLetter) && !raw.Any(char.IsUpper);
        Hits = language.Literals.Scan(Text);
        Sentences = SplitSentences(Text, language, Hits);
        _clauseBreaks = ClauseBreaks(Text, language, Hits);
        _quotes = ShortQuotes(Text);
    }

    public string Raw { get; }

    public LanguagePack Language { get; }

    public string Text { get; }

    /// <summary>Typed as in chat (chat spelling, or no capital letter at all), which a pasted stock answer never is.</summary>
    public bool TypedCasually { get; }

    /// <summary>The language's patterns that may match <see cref="Text"/> or any part of it.</summary>
    public PatternHits Hits { get; }

    public IReadOnlyList<Sentence> Sentences { get; }

    /// <summary>What the customer would hear: the sentences not addressed to the scorer.</summary>
    public IEnumerable<Sentence> Spoken => Sentences.Where(s => !s.ScorerTalk);

    /// <summary>Where a character of the employee's own text landed in the prepared text.</summary>
    public int TextIndexOfRaw(int rawIndex)
    {
        var at = Array.BinarySearch(_rawIndex, rawIndex);
        if (at < 0)
        {
            at = Math.Min(~at, _rawIndex.Length - 1);
        }

        while (at > 0 && _rawIndex[at - 1] == rawIndex)
        {
            at--;
        }

        return Math.Max(0, at);
    }

    public Sentence SentenceAt(int index)
    {
        // Sentences are in order and do not overlap: the last one starting at or before the index.
        var (low, high) = (0, Sentences.Count - 1);
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            (low, high) = Sentences[mid].Start <= index ? (mid, high) : (low, mid - 1);
        }

        return Sentences[low];
    }

    public (int Start, int End) ClauseAt(int index)
    {
        var at = Array.BinarySearch(_clauseBreaks, index);
        at = at < 0 ? ~at : at + 1;
        var start = at == 0 ? 0 : _clauseBreaks[at - 1];
        var end = at < _clauseBreaks.Length ? _clauseBreaks[at] : Text.Length;
        return (start, end);
    }

    /// <summary>Whether a position lies inside a short quotation: someone else's words ("not «ask the fitter»"), not the employee's own.</summary>
    public bool IsQuoted(int index) => _quotes.Exists(q => q.Start < index && index < q.End);

    /// <summary>The parts of a sentence outside its short quotations.</summary>
    public IEnumerable<(int Start, int Length)> Unquoted(Sentence sentence)
    {
        var from = sentence.Start;
        foreach (var (start, end) in _quotes)
        {
            if (end <= from || start >= sentence.End)
            {
                continue;
            }

            yield return (from, start - from);
            from = end + 1;
        }

        if (from < sentence.End)
        {
            yield return (from, sentence.End - from);
        }
    }

    public int WordCount(Sentence sentence) => TextWords.Count(Text.AsSpan(sentence.Start, sentence.Length));

    /// <summary>The employee's own words for a whole sentence (its start when the sentence is long).</summary>
    public string Quote(Sentence sentence) => Quote(sentence, sentence.Start, sentence.End);

    /// <summary>The employee's own words for a span of the prepared text: the sentence, or the clause when the sentence is long.</summary>
    public string Quote(Sentence sentence, int matchStart, int matchEnd)
    {
        var quote = RawSpan(sentence.Start, sentence.End);
        if (quote.Length <= MaxQuoteLength)
        {
            return quote;
        }

        var (start, end) = ClauseAt(matchStart);
        quote = RawSpan(Math.Max(start, sentence.Start), Math.Min(Math.Max(end, matchEnd), sentence.End));
        return quote.Length <= MaxQuoteLength ? quote : RawSpan(matchStart, matchEnd);
    }

    private string RawSpan(int start, int end)
    {
        if (end <= start)
        {
            return "";
        }

        var rawStart = _rawIndex[start];
        var rawEnd = _rawIndex[end - 1] + 1;

        // A word read shorter than typed ("Ya" read as "я") maps to one of its typed letters: a quote that starts or ends
        // at a word's edge takes the whole typed word.
        while (rawStart > 0 && (start == 0 || !char.IsLetterOrDigit(Text[start - 1])) && char.IsLetter(Raw[rawStart - 1]))
        {
            rawStart--;
        }

        while (rawEnd < Raw.Length && (end == Text.Length || !char.IsLetterOrDigit(Text[end])) && char.IsLetter(Raw[rawEnd]))
        {
            rawEnd++;
        }

        return Raw.AsSpan(rawStart, rawEnd - rawStart).Trim().TrimEnd(",;:").ToString();
    }

    private static (string, int[], int ChatWords) Normalise(string raw, LanguagePack language)
    {
        var chatWords = 0;

        // Typed in Latin letters throughout ("spasibo, perezvonyu zavtra"), not a Cyrillic answer naming a "VIP-зал" or an "ATM".
        var latin = !language.Latin.IsEmpty && LanguageDetector.ScriptOf(raw) == "latin" ? language.Latin : LatinSpelling.None;
        var apostropheIsALetter = latin.Reads("'");
        var text = new StringBuilder(raw.Length + 16);
        var map = new List<int>(raw.Length + 16);
        Span<char> scratch = stackalloc char[64];

        // Lower-cased once: the invariant culture lower-cases each character alone, so a word's part is that of the word.
        var lower = InvariantLowerCase.Of(raw);
        var i = 0;
        while (i < raw.Length)
        {
            var c = raw[i];
            if (char.IsLetterOrDigit(c))
            {
                var start = i;
                // An apostrophe inside a word is part of it ("don't"), and so is one at its end where it is a letter in Latin spelling ("uznat'").
                while (i < raw.Length && (char.IsLetterOrDigit(raw[i]) || IsApostrophe(raw[i]) && (i + 1 < raw.Length && char.IsLetter(raw[i + 1]) || char.IsAsciiLetter(raw[i - 1]) && apostropheIsALetter)))
                {
                    i++;
                }

                var word = i - start <= scratch.Length ? scratch[..(i - start)] : new char[i - start];
                var reads = ChatBefore(lower, start, i, language);
                chatWords += reads is null ? 0 : 1;
                var token = reads is not null ? reads.AsSpan() : NormaliseWord(lower.AsSpan(start, i - start), word, language, latin, ref chatWords);
                text.Append(token);
                for (var k = 0; k < token.Length; k++)
                {
                    // A word written shorter than typed ("asuuya" read as "асууя") still ends where the typed word ends.
                    map.Add(k == token.Length - 1 ? i - 1 : start + Math.Min(k, i - start - 1));
                }

                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                var newline = false;
                var start = i;
                while (i < raw.Length && char.IsWhiteSpace(raw[i]))
                {
                    newline |= raw[i] == '\n';
                    i++;
                }

                text.Append(newline ? '\n' : ' ');
                map.Add(start);
                continue;
            }

            text.Append(c switch { '’' or '‘' or '`' => '\'', '“' or '”' or '«' or '»' => '"', '–' or '—' => '—', _ => char.ToLowerInvariant(c) });
            map.Add(i);
            i++;
        }

        return (text.ToString(), map.ToArray(), chatWords);
    }

    /// <summary>The standard form of a chat spelling read so only before certain words ("well pay u back"); null otherwise.</summary>
    private static string? ChatBefore(string lower, int start, int end, LanguagePack language)
    {
        if (language.ChatBefore.Count == 0 || !SpanLookup.TryGetValue(language.ChatBefore, lower.AsSpan(start, end - start), out var word))
        {
            return null;
        }

        var next = end;
        while (next < lower.Length && lower[next] == ' ')
        {
            next++;
        }

        var nextEnd = next;
        while (nextEnd < lower.Length && char.IsLetter(lower[nextEnd]))
        {
            nextEnd++;
        }

        return nextEnd > next && next > end && SpanLookup.Contains(word.Before, lower.AsSpan(next, nextEnd - next)) ? word.Reads : null;
    }

    /// <returns>The lower-cased word mended in <paramref name="buffer"/>, or its standard form when it is chat spelling (counted).</returns>
    private static ReadOnlySpan<char> NormaliseWord(ReadOnlySpan<char> lower, Span<char> buffer, LanguagePack language, LatinSpelling latin, ref int chatWords)
    {
        lower.CopyTo(buffer);
        buffer.Replace('’', '\'');
        buffer.Replace('ё', 'е');
        if (language.Script == "cyrillic" && buffer.ContainsAnyInRange('\u0400', '\u04FF') && buffer.ContainsAnyInRange('a', 'z'))
        {
            LatinLookAlikes.Apply(buffer);
        }

        if (SpanLookup.TryGetValue(language.Chat, buffer, out var written))
        {
            chatWords++;
            return written;
        }

        if (latin.Reads(buffer))
        {
            // "margaash zalgana": typed in Latin letters, read in the language's own script, which chat spelling may still shorten ("bn").
            chatWords++;
            Span<char> typed = buffer.Length <= 64 ? stackalloc char[buffer.Length] : new char[buffer.Length];
            buffer.CopyTo(typed);
            buffer = buffer[..latin.Write(typed, buffer)];
            buffer.Replace('ё', 'е');
            if (SpanLookup.TryGetValue(language.Chat, buffer, out written))
            {
                return written;
            }
        }

        language.Folds.Apply(buffer);
        return buffer;
    }

    // Latin letters typed inside a Cyrillic word ("cпасибо") read as the Cyrillic letters they look like.
    private static readonly LetterFolds LatinLookAlikes = new("aceopxykmtbh", "асеорхукмтвн");

    private static bool IsApostrophe(char c) => c is '\'' or '’';

    private static List<Sentence> SplitSentences(string text, LanguagePack language, PatternHits hits)
    {
        var sentences = new List<Sentence>();
        var start = 0;
        foreach (Match end in SentenceEnd().Matches(text))
        {
            Add(start, end.Index + end.Length);
            start = end.Index + end.Length;
        }

        Add(start, text.Length);
        if (sentences.Count == 0)
        {
            sentences.Add(new Sentence(0, 0, false, false, false));
        }

        return sentences;

        void Add(int from, int to)
        {
            while (from < to && char.IsWhiteSpace(text[from]))
            {
                from++;
            }

            while (to > from && char.IsWhiteSpace(text[to - 1]))
            {
                to--;
            }

            if (to - from < 1 || !text.AsSpan(from, to - from).ContainsAnyExcept(" .!?…\n)(:-—"))
            {
                return;
            }

            var body = text.AsSpan(from, to - from).TrimEnd(".!)(: …");
            var question = body.Contains('?') || language.QuestionEndings.IsMatch(text, from, body.TrimEnd('?').Length, hits);
            sentences.Add(new Sentence(from, to, question, language.ScorerTalk.IsMatch(text, from, body.Length, hits), language.Sarcasm.IsMatch(text, from, body.Length, hits)));
        }
    }

    // A whole reply typed in quotation marks is still the reply: only quotations of a few words are someone else's.
    private const int MaxWordsOfAQuotation = 8;

    private static List<(int Start, int End)> ShortQuotes(string text)
    {
        var quotes = new List<(int, int)>();
        var open = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '"')
            {
                continue;
            }

            if (open < 0)
            {
                open = i;
                continue;
            }

            if (TextWords.Count(text.AsSpan(open, i - open)) <= MaxWordsOfAQuotation)
            {
                quotes.Add((open, i));
            }

            open = -1;
        }

        return quotes;
    }

    private static int[] ClauseBreaks(string text, LanguagePack language, PatternHits hits)
    {
        var breaks = ClausePunctuation().Matches(text).Select(m => m.Index + 1)
            .Concat(language.ClauseBreaks.Matches(text, hits).Select(m => m.Index));
        return breaks.Distinct().Order().ToArray();
    }

    // A note in square brackets ("[To the scorer: …] I'll block the card now") is a sentence of its own.
    [GeneratedRegex(@"[.!?…]+[""'»)\]]*(?=\s|$)|\](?=\s)|(?<=\s)(?=\[)|\n")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"[,;:—()\n.!?]")]
    private static partial Regex ClausePunctuation();

}

/// <summary>A sentence of the prepared text: [Start, End), whether it asks something, talks to the scorer, or is sarcastic.</summary>
internal sealed record Sentence(int Start, int End, bool IsQuestion, bool ScorerTalk, bool Sarcastic)
{
    public int Length => End - Start;
}

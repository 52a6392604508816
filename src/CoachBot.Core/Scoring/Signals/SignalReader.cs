using System.Text.RegularExpressions;
using CoachBot.Core.Content;
using CoachBot.Core.Scoring.Languages;

namespace CoachBot.Core.Scoring.Signals;

/// <summary>
/// Reads every signal of the rubric from one answer: the language's phrase patterns (with negation scoped to
/// the clause) and the built-in signals. Each present signal comes with the employee's words that show it.
/// </summary>
internal static partial class SignalReader
{
    private const int MinWordsForOffScenario = 20;
    private const int MaxWordsPerChecklistItem = 3;
    private const int MinItemsOfAChecklistThatSpeaks = 6;
    private const int MinItemsOfALongList = 8;
    private const double MaxWordsPerLongListItem = 2.5;
    private const int MinSharedWordsOfAnEcho = 8;
    private const double EchoShare = 0.7;
    private const int MinBlanksOfATemplate = 2;
    private const int MaxWordsInABlank = 4;
    private const int MaxWordsOfAFeelingOnly = 4;
    private const int MaxWordsOfAnEchoQuestion = 5;

    public static Dictionary<string, string?> Read(PreparedAnswer answer, ScenarioWords scenario)
    {
        var found = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var signal in answer.Language.Signals.Values)
        {
            if (FirstMatch(answer, signal) is { } quote)
            {
                found[signal.Name] = quote;
            }
        }

        var spoken = answer.Spoken.ToList();
        var words = spoken.Sum(answer.WordCount);
        var spokenText = string.Join(" ", spoken.Select(s => answer.Text.Substring(s.Start, s.Length)));
        if (TemplateBlanks(answer.Raw) is { } blanks)
        {
            found[BuiltInSignals.NoMessage] = blanks;
        }
        else if (words < 3 || IsChecklist(answer, spokenText))
        {
            found[BuiltInSignals.NoMessage] = spoken.Count > 0 ? answer.Quote(spoken[0]) : null;
        }

        if (scenario.Stems is { } scenarioStems)
        {
            var answerStems = ReadScenarioOverlap(answer, spoken, scenario.Translated ? 0 : words, scenarioStems, found);
            if (!scenario.Translated && IsEcho(answerStems, scenarioStems))
            {
                found[BuiltInSignals.NoMessage] = answer.Quote(spoken[0]);
            }

            // "Cold? It left the kitchen hot.": the customer's own words thrown back as a question, with no feeling for them, argue.
            if (spoken.Count >= 2 && !found.ContainsKey(BuiltInSignals.Empathy) && !found.ContainsKey(BuiltInSignals.Dismissal)
                && IsEchoQuestion(answer, spoken[0], scenarioStems))
            {
                found[BuiltInSignals.Dismissal] = answer.Quote(spoken[0]);
            }
        }

        return found;
    }

    /// <summary>Cue words strung together, addressed to nobody: "Empathy, root question, timeline with margin".</summary>
    /// <remarks>Short clauses that speak to someone ("sorry, I'll check, thanks") are a message; six bullets are a checklist.</remarks>
    private static bool IsChecklist(PreparedAnswer answer, string spokenText)
    {
        var items = Items(ListSeparator(), spokenText);
        if (items.Count < 3 || items.WordsPerItem > MaxWordsPerChecklistItem)
        {
            return false;
        }

        var bulleted = Items(BulletSeparator(), spokenText).Count >= MinItemsOfAChecklistThatSpeaks;

        // "Ibuprofen, 38.9, two years old, I understand, I sympathise, at the latest, I own it, thanks!!!": one long list, whoever it names.
        var listed = Items(LongListSeparator(), spokenText);
        var longList = listed.Count >= MinItemsOfALongList && answer.Spoken.Count() <= 2 && listed.WordsPerItem <= MaxWordsPerLongListItem;

        // "Listen. Empathy. Sorry. Concrete time. Margin. Thank you.": the same list, a cue to a sentence. All the sentences
        // count, those read as said to the scorer too: a lone rubric term ("Тодорхой хугацаа.") often is one.
        var sentences = answer.Sentences;
        var cuePerSentence = sentences.Count >= MinItemsOfALongList && sentences.Sum(answer.WordCount) <= MaxWordsPerChecklistItem * sentences.Count;
        // Not told by the answer's pieces: sentences joined here may hold a piece across the join that the answer does not.
        return bulleted || longList || cuePerSentence || !answer.Language.You.IsMatch(spokenText) && !answer.Language.Me.IsMatch(spokenText);
    }

    /// <summary>The parts between separators that hold a word, and their mean count of words.</summary>
    private static (int Count, double WordsPerItem) Items(Regex separator, string text)
    {
        var (items, words) = (0, 0);
        foreach (var part in separator.EnumerateSplits(text))
        {
            var count = TextWords.Count(text.AsSpan(part));
            items += count > 0 ? 1 : 0;
            words += count;
        }

        return (items, items == 0 ? 0 : (double)words / items);
    }

    /// <summary>A form with its blanks left in ("Dear [Customer Name], … within [X] minutes", "обращение № ____"): nothing said to this customer.</summary>
    /// <returns>The answer's words up to its second blank, to quote; null when it is not a form.</returns>
    private static string? TemplateBlanks(string raw)
    {
        var blanks = Blank().Matches(raw).Where(b => TextWords.Word().Count(b.Value) <= MaxWordsInABlank).Take(MinBlanksOfATemplate).ToList();
        if (blanks.Count < MinBlanksOfATemplate)
        {
            return null;
        }

        var end = blanks[^1].Index + blanks[^1].Length;
        var start = end <= PreparedAnswer.MaxQuoteLength ? 0 : blanks[0].Index;
        return raw[start..end].Trim();
    }

    /// <summary>The customer's own story copied back ("So you're standing outside unit C14… I hear you, noted"), with nothing added.</summary>
    /// <remarks>A reply that reflects the concern and then acts brings words of its own: in every labelled answer that did, under 70% of its words were the customer's.</remarks>
    private static bool IsEcho(HashSet<string> stems, HashSet<string> scenarioStems)
    {
        var shared = stems.Count(scenarioStems.Contains);
        return shared >= MinSharedWordsOfAnEcho && shared >= EchoShare * stems.Count;
    }

    /// <summary>A short opening question made only of the customer's own words: "Came out?", "Хагас хоосон гэнэ ээ?".</summary>
    /// <remarks>Of 57 labelled answers opening so with no feeling shown anywhere, coaches gave 56 listen-first 0.</remarks>
    private static bool IsEchoQuestion(PreparedAnswer answer, Sentence first, HashSet<string> scenarioStems)
    {
        if (!first.IsQuestion || answer.WordCount(first) > MaxWordsOfAnEchoQuestion)
        {
            return false;
        }

        var stems = ContentStems.Of(answer.Text.AsSpan(first.Start, first.Length), answer.Language);
        return stems.Count > 0 && stems.All(scenarioStems.Contains);
    }

    /// <returns>The distinctive stems of everything the answer says to the customer.</returns>
    private static HashSet<string> ReadScenarioOverlap(PreparedAnswer answer, List<Sentence> spoken, int words, HashSet<string> scenarioStems, Dictionary<string, string?> found)
    {
        var answerStems = new HashSet<string>(StringComparer.Ordinal);
        var anyShared = false;
        foreach (var (sentence, index) in spoken.Select((s, i) => (s, i)))
        {
            var sentenceStems = ContentStems.Of(answer.Text.AsSpan(sentence.Start, sentence.Length), answer.Language);
            answerStems.UnionWith(sentenceStems);
            var shared = sentenceStems.Count(scenarioStems.Contains);
            anyShared |= shared > 0;
            if (index >= 3 || sentence.Sarcastic)
            {
                continue;
            }

            var speaksToCustomer = answer.Language.You.IsMatch(answer.Text, sentence.Start, sentence.Length, answer.Hits) || found.ContainsKey(BuiltInSignals.Empathy) && shared >= 2;

            // "sorry hun, rubbish timing for bramble": one word of theirs in the sentence that feels for them names it,
            // as it does in the sentence to them straight after a short one that only feels ("I'm so sorry. You've lost Biscuit…").
            var feeling = found.GetValueOrDefault(BuiltInSignals.Empathy);
            bool Feels(Sentence s) => answer.Quote(s).Contains(feeling!, StringComparison.Ordinal);
            var feelsForIt = shared >= 1 && feeling is not null
                && (Feels(sentence) || speaksToCustomer && !sentence.IsQuestion && index > 0 && answer.WordCount(spoken[index - 1]) <= MaxWordsOfAFeelingOnly && Feels(spoken[index - 1]));
            if (!found.ContainsKey(BuiltInSignals.NamesConcern) && (shared >= 2 && speaksToCustomer || shared >= 3 || feelsForIt))
            {
                found[BuiltInSignals.NamesConcern] = answer.Quote(sentence);
            }

            // "I'm sorry" tied to the problem the customer named is empathy, not a stock apology; a form letter's is not.
            if (shared >= 2 && !found.ContainsKey(BuiltInSignals.Empathy) && !found.ContainsKey(BuiltInSignals.Dismissal) && !found.ContainsKey(BuiltInSignals.Deflection)
                && !found.ContainsKey(BuiltInSignals.StockPhrases) && !found.ContainsKey(BuiltInSignals.StockOpening) && found.GetValueOrDefault(BuiltInSignals.GenericApology) is { } apology
                && answer.Quote(sentence).Contains(apology, StringComparison.Ordinal))
            {
                found[BuiltInSignals.Empathy] = apology;
            }
        }

        // "omg so sorry thats on us!! ill get them reprinted": chat words of its own, but no stock answer owns a mistake and acts on it.
        var ownsIt = found.ContainsKey(BuiltInSignals.Concern) && found.ContainsKey(BuiltInSignals.PersonalAction);
        if (!anyShared && words >= MinWordsForOffScenario && !ownsIt && !answer.TypedCasually)
        {
            found[BuiltInSignals.OffScenario] = null;
        }

        return answerStems;
    }

    private static string? FirstMatch(PreparedAnswer answer, SignalPatterns signal)
    {
        // Typed text keeps its capitals, which the pieces of text found in the prepared text do not tell about.
        HashSet<string>? seen = signal.AtLeast > 1 ? new(StringComparer.Ordinal) : null;
        string? firstQuote = null;
        foreach (var match in signal.AsTyped ? signal.Patterns.Matches(answer.Raw, null) : signal.Patterns.Matches(answer.Text, answer.Hits))
        {
            var (start, end) = signal.AsTyped
                ? (answer.TextIndexOfRaw(match.Index), answer.TextIndexOfRaw(match.Index + match.Length - 1) + 1)
                : (match.Index, match.Index + match.Length);
            var sentence = answer.SentenceAt(start);
            if (sentence.ScorerTalk && !signal.ReadsScorerTalk
                || sentence.Sarcastic && !signal.ReadsSarcasm
                || answer.IsQuoted(start)
                || signal.In == SentenceKind.Questions && !sentence.IsQuestion
                || signal.In == SentenceKind.Statements && sentence.IsQuestion
                || signal.With is { } with && !InSentence(with, answer, sentence)
                || signal.Unless is { } unless && InSentence(unless, answer, sentence)
                || signal.Negatable && IsNegated(answer, match))
            {
                continue;
            }

            firstQuote ??= answer.Quote(sentence, start, end);
            if (seen is null || seen.Add(answer.Text[start..end]) && seen.Count >= signal.AtLeast)
            {
                return firstQuote;
            }
        }

        return null;
    }

    /// <summary>Whether the sentence, apart from what it quotes, holds one of the patterns.</summary>
    private static bool InSentence(PatternSet patterns, PreparedAnswer answer, Sentence sentence)
    {
        foreach (var (start, length) in answer.Unquoted(sentence))
        {
            if (length > 0 && patterns.IsMatch(answer.Text, start, length, answer.Hits))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"not sorry", "no need to thank", "не обещаю", "хэлэхгүй": a negator in the same clause, close before or after the cue.</summary>
    private static bool IsNegated(PreparedAnswer answer, PatternMatch match)
    {
        var language = answer.Language;
        var (clauseStart, clauseEnd) = answer.ClauseAt(match.Index);
        var before = answer.Text.AsSpan(clauseStart, match.Index - clauseStart);
        if (NthWordFromEnd(before, language.NegationWindow) is { } windowStart
            && language.NegatorsBefore.IsMatch(answer.Text, clauseStart + windowStart, before.Length - windowStart, answer.Hits))
        {
            return true;
        }

        var wordEnd = match.Index + match.Length;
        var after = answer.Text.AsSpan(wordEnd, Math.Max(wordEnd, Math.Min(clauseEnd, answer.Text.Length)) - wordEnd);
        var lastEnd = -1;
        var seen = 0;
        foreach (var word in TextWords.Word().EnumerateMatches(after))
        {
            lastEnd = word.Index + word.Length;
            if (++seen == language.NegationWindow)
            {
                break;
            }
        }

        return lastEnd >= 0 && language.NegatorsAfter.IsMatch(answer.Text, wordEnd, lastEnd, answer.Hits);
    }

    /// <summary>Where the n-th word from the end of a text starts (the first word when it has fewer); null when it has none.</summary>
    private static int? NthWordFromEnd(ReadOnlySpan<char> text, int n)
    {
        Span<int> starts = n <= 16 ? stackalloc int[n] : new int[n];
        var count = 0;
        foreach (var word in TextWords.Word().EnumerateMatches(text))
        {
            starts[count % n] = word.Index;
            count++;
        }

        return count == 0 ? null : count <= n ? starts[0] : starts[count % n];
    }

    [GeneratedRegex(@"\[[^\]\n]{1,40}\]|_{3,}|\{[^}\n]{1,40}\}|<[^>\n]{1,40}>")]
    private static partial Regex Blank();

    [GeneratedRegex(@"[,;\n•·+/|✓✔]|\s[-–—]\s|\.\s")]
    private static partial Regex ListSeparator();

    [GeneratedRegex(@"[,;:\n•·+/|✓✔]|\s[-–—]\s|[.!?]+\s")]
    private static partial Regex LongListSeparator();

    [GeneratedRegex(@"[\n•·+|✓✔]|\s[-–—]\s")]
    private static partial Regex BulletSeparator();
}

/// <summary>
/// A scenario's distinctive stems in one language; null when it is not written in that language. A translation
/// is free, not word for word, so an answer sharing no word with it is not taken for a stock answer.
/// </summary>
internal sealed record ScenarioWords(HashSet<string>? Stems, bool Translated);

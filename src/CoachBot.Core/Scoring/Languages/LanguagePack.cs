using System.Buffers;

namespace CoachBot.Core.Scoring.Languages;

/// <summary>
/// What the offline scorer knows of one language, all read from <c>prompts/languages/&lt;code&gt;.yml</c>:
/// how to tell it, normalise chat spelling, scope negation, find each signal, and coach in it.
/// </summary>
public sealed class LanguagePack
{
    public required string Code { get; init; }

    public required string Name { get; init; }

    public required string Script { get; init; }

    /// <summary>Letters only this language uses among the packs of its script (mn: ө ү).</summary>
    public required string Letters { get; init; }

    /// <summary>Letters of neighbouring languages we do not score (Kazakh, Ukrainian): their presence rules this one out.</summary>
    public required string ForeignLetters { get; init; }

    /// <summary>Whether a text holds one of the <see cref="ForeignLetters"/>.</summary>
    internal bool HasForeignLetters(ReadOnlySpan<char> text) => text.ContainsAny(_foreignLetters ??= SearchValues.Create(ForeignLetters));

    private SearchValues<char>? _foreignLetters;

    /// <summary>Commonest words of languages we do not score that are typed in this language's script (German "nicht", French "vous"); none is a word of this language.</summary>
    public IReadOnlySet<string> OtherWords { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Letters only other languages' words have (é, ß, ł for English): a word with one is not this language's.</summary>
    public string OtherLetters { get; init; } = "";

    /// <summary>Whether a word (lower case) is one of <see cref="OtherWords"/> or has one of <see cref="OtherLetters"/>.</summary>
    internal bool IsOtherWord(ReadOnlySpan<char> word) =>
        SpanLookup.Contains(OtherWords, word) || OtherLetters.Length > 0 && word.ContainsAny(_otherLetters ??= SearchValues.Create(OtherLetters));

    private SearchValues<char>? _otherLetters;

    public required IReadOnlySet<string> Markers { get; init; }

    /// <summary>Word endings typical of this language and not of the others of its script: half a marker each.</summary>
    public IReadOnlyList<string> Endings { get; init; } = [];

    public required string Stemmer { get; init; }

    /// <summary>Whole-word chat spellings and their standard form ("u" → "you", "спс" → "спасибо").</summary>
    public required IReadOnlyDictionary<string, string> Chat { get; init; }

    /// <summary>Chat spellings read so only before certain words: "well" is "we'll" in "well pay u back", not in "well, …".</summary>
    public IReadOnlyDictionary<string, ChatBeforeWord> ChatBefore { get; init; } = new Dictionary<string, ChatBeforeWord>(StringComparer.Ordinal);

    /// <summary>Letters read as their stand-ins in answers and patterns alike (mn: ү as у, ө as о), for keyboards without them.</summary>
    public LetterFolds Folds { get; init; } = LetterFolds.None;

    /// <summary>How the language is typed in Latin letters, if it is written in another script.</summary>
    public LatinSpelling Latin { get; init; } = LatinSpelling.None;

    public required PatternSet NegatorsBefore { get; init; }

    public required PatternSet NegatorsAfter { get; init; }

    public required int NegationWindow { get; init; }

    public required PatternSet ClauseBreaks { get; init; }

    public required PatternSet QuestionEndings { get; init; }

    public required IReadOnlySet<string> StopWords { get; init; }

    public required PatternSet You { get; init; }

    public required PatternSet Me { get; init; }

    /// <summary>Talk about the rubric or to the scorer; such sentences are not part of what the customer hears.</summary>
    public required PatternSet ScorerTalk { get; init; }

    /// <summary>Sarcasm ("oh sure, we'll definitely call you, like last time"): such sentences promise and thank nothing.</summary>
    public required PatternSet Sarcasm { get; init; }

    public required IReadOnlyDictionary<string, SignalPatterns> Signals { get; init; }

    public required IReadOnlyDictionary<string, (string Missing, string Tip)> Coaching { get; init; }

    public required IReadOnlyDictionary<string, string> Messages { get; init; }

    public string Message(string key) => Messages.GetValueOrDefault(key) ?? key;

    private LiteralScanner? _literals;
    private WordEndings? _endings;

    /// <summary><see cref="Endings"/>, ready to look a word up.</summary>
    internal WordEndings EndingsLookup => Volatile.Read(ref _endings) ?? LazyInitializer.EnsureInitialized(ref _endings, () => new WordEndings(Endings));

    /// <summary>Finds which of this language's patterns may match a text.</summary>
    internal LiteralScanner Literals => Volatile.Read(ref _literals) ?? LazyInitializer.EnsureInitialized(ref _literals, () => LiteralScanner.Of(PatternSets(), SetsReadInParts()));

    // Asked about a sentence, a clause or a window of words; a signal's own patterns and the clause breaks are matched
    // against the whole answer.
    private HashSet<PatternSet> SetsReadInParts() =>
        new[] { NegatorsBefore, NegatorsAfter, QuestionEndings, You, Me, ScorerTalk, Sarcasm }
            .Concat(Signals.Values.SelectMany(s => new[] { s.With, s.Unless }).OfType<PatternSet>())
            .ToHashSet();

    private IEnumerable<PatternSet> PatternSets() =>
        new[] { NegatorsBefore, NegatorsAfter, ClauseBreaks, QuestionEndings, You, Me, ScorerTalk, Sarcasm }
            .Concat(Signals.Values.SelectMany(s => new[] { s.Patterns, s.With, s.Unless }).OfType<PatternSet>());
}

namespace CoachBot.Core.Scoring.Languages;

/// <summary>Where in an answer a signal is looked for.</summary>
public enum SentenceKind
{
    Any,
    Questions,
    Statements,
}

/// <summary>
/// How one language says one signal: any of <see cref="Patterns"/>, in a sentence that also has one of
/// <see cref="With"/> (when given) and none of <see cref="Unless"/>; a negated match ("not sorry") does not count.
/// Sarcastic sentences are skipped unless <see cref="ReadsSarcasm"/>. <see cref="AsTyped"/> patterns read the employee's own capitals (a colleague's name), the others lower-cased text.
/// </summary>
public sealed record SignalPatterns(string Name, PatternSet Patterns, PatternSet? With, PatternSet? Unless, SentenceKind In, bool Negatable)
{
    public bool AsTyped { get; init; }

    /// <summary>Also read in sarcastic sentences, which every other signal skips (a brush-off is one).</summary>
    public bool ReadsSarcasm { get; init; }

    /// <summary>Also read in sentences addressed to the scorer, which every other signal skips (the rubric's words are in them).</summary>
    public bool ReadsScorerTalk { get; init; }

    /// <summary>How many different phrases of it must appear: one cliché is a way of speaking, a string of them is stuffing.</summary>
    public int AtLeast { get; init; } = 1;
}

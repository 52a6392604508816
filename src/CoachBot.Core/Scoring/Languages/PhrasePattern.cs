namespace CoachBot.Core.Scoring.Languages;

/// <summary>One branch of a language file's pattern as its own whole-word regex, with the pieces of text any match must hold.</summary>
internal sealed class PhrasePattern(string expanded)
{
    private TieredRegex? _regex;
    private TieredRegex? _anchored;

    /// <summary>The branch as .NET regex, before the whole-word test is added.</summary>
    public string Expanded { get; } = expanded;

    private readonly (IReadOnlyList<IReadOnlyList<string>> All, IReadOnlyList<IReadOnlyList<string>> InOrder) _pieces =
        RequiredLiterals.AllAndInOrder(expanded, spaceRunsAsOne: true);

    /// <summary>A match holds one piece of each set; no sets when nothing can be told (the regex is then always run).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Required => _pieces.All;

    /// <summary>Sets of <see cref="Required"/> that a match holds one after the other, in order; empty when fewer than two.</summary>
    public IReadOnlyList<IReadOnlyList<string>> InOrder => _pieces.InOrder is { Count: > 1 } inOrder ? inOrder : [];

    /// <summary>
    /// The plain text that can begin a match (<see cref="LeadKind.StartsTheMatch"/>), or, when the pattern starts with a
    /// word's letters, the plain text that follows them (<see cref="LeadKind.EndsAWord"/>) or follows them and spaces
    /// (<see cref="LeadKind.FollowsAWordAndSpaces"/>); null when none can be told.
    /// </summary>
    public IReadOnlyList<string>? Leads => _leads.Leads;

    public LeadKind LeadKind => _leads.Kind;

    /// <summary>For <see cref="LeadKind.EndsARun"/>, the characters of the run before a lead.</summary>
    public RunChars? Run => _leads.Run;

    private readonly (IReadOnlyList<string>? Leads, LeadKind Kind, RunChars? Run) _leads = LeadsOf(expanded);

    /// <summary>The same regex, tried only where the search starts.</summary>
    public TieredRegex Anchored => _anchored ??= new TieredRegex(@"\G" + WholeWords(Expanded));

    // Built on first use: most patterns never run on a given answer, and many never at all in a short-lived process.
    public TieredRegex Regex => _regex ??= new TieredRegex(WholeWords(Expanded));

    /// <summary>The regexes built so far.</summary>
    internal IEnumerable<TieredRegex> Built => new[] { _regex, _anchored }.OfType<TieredRegex>();

    // Plain text at the start counts only when it has alternatives ("(?:отвезу|привезу|…)"): the regex engine finds
    // one leading text ("если") by itself as quickly as the places are tried one by one.
    private static (IReadOnlyList<string>?, LeadKind, RunChars?) LeadsOf(string expanded) =>
        WordLeads.Of(expanded) is { } endings ? (endings, LeadKind.EndsAWord, null)
        : WordLeads.AfterASpace(expanded) is { } next ? (next, LeadKind.FollowsAWordAndSpaces, null)
        : WordLeads.AfterARun(expanded) is var (afterRun, run) ? (afterRun, LeadKind.EndsARun, run)
        : (WordLeads.AtTheStart(expanded) is { Count: > 1 } alternatives ? alternatives : null, LeadKind.StartsTheMatch, null);

    // A match may not start or end inside a word; one that starts or ends on a space or an apostrophe ("'ll", " will",
    // "have ") is already at a word's edge.
    private static string WholeWords(string expanded) =>
        WordEdges.Start(expanded) + "(?:(?:" + AssertionOrder.CheapFirst(expanded) + "))" + WordEdges.End(expanded);
}

/// <summary>Where a pattern's leads (<see cref="PhrasePattern.Leads"/>) stand in its matches.</summary>
internal enum LeadKind
{
    EndsAWord,
    FollowsAWordAndSpaces,
    StartsTheMatch,

    /// <summary>The lead follows a run of some characters (<see cref="PhrasePattern.Run"/>), from any place of which a match may start.</summary>
    EndsARun,
}

using CoachBot.Core.Content;
using CoachBot.Core.Scoring;

namespace CoachBot.Core.Authoring;

/// <summary>
/// HR's scenarios: checked as <c>validate</c> checks the files, previewed with the configured scorer, published as a new
/// version each time, retired and restored; the catalogue the bot reads follows at once.
/// </summary>
public sealed class ScenarioAuthoring(ContentPack pack, IAuthoredScenarioStore store, IAnswerScorer scorer, TimeProvider time)
{
    public IReadOnlyList<string> Languages => ScenarioChecks.Languages(pack);

    /// <summary>Lays the published, unretired scenarios of the database over the files' (at start, after each change, and now and then for other instances).</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        var entries = await store.ListAsync(cancellationToken);
        var languages = Languages;
        pack.Overlay(
            entries.Where(e => e.Latest is not null).Select(e => e.Latest!.Scenario.ToScenario(languages, e.Latest.Version)).ToList(),
            entries.Where(e => e.RetiredAt is not null).Select(e => e.Id).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>Every scenario, from the files and the dashboard, retired ones too, in the files' order and then by id.</summary>
    public async Task<IReadOnlyList<ScenarioListing>> ListAsync(CancellationToken cancellationToken)
    {
        var entries = (await store.ListAsync(cancellationToken)).ToDictionary(e => e.Id, StringComparer.Ordinal);
        var languages = Languages;
        var fromFiles = pack.ShippedScenarios.Select(s => entries.GetValueOrDefault(s.Id) is { } e
            ? new ScenarioListing(e.Latest?.Scenario.ToScenario(languages, e.Latest.Version) ?? s, true, e.Latest, e.RetiredAt is not null)
            : new ScenarioListing(s, true, null, false));
        var onlyHere = entries.Values.Where(e => e.Latest is not null && pack.FindShippedScenario(e.Id) is null).OrderBy(e => e.Id, StringComparer.Ordinal)
            .Select(e => new ScenarioListing(e.Latest!.Scenario.ToScenario(languages, e.Latest.Version), false, e.Latest, e.RetiredAt is not null));
        return [.. fromFiles, .. onlyHere];
    }

    /// <summary>A scenario as HR edits it (its latest version, or its files), with its versions newest first; null when there is none.</summary>
    public async Task<(AuthoredScenario Scenario, IReadOnlyList<PublishedVersion> History)?> GetAsync(string id, CancellationToken cancellationToken)
    {
        var history = await store.HistoryAsync(id, cancellationToken);
        if (history.Count > 0)
        {
            return (history[0].Scenario, history);
        }

        return pack.FindShippedScenario(id) is { } shipped ? (AuthoredScenario.From(shipped, WrittenIn(shipped)), history) : null;
    }

    /// <summary>The text of the version answered: a published version from the database, else the scenario's file.</summary>
    public async Task<Scenario?> AnsweredAsync(string id, int? version, CancellationToken cancellationToken) =>
        version is { } number
            ? (await store.FindVersionAsync(id, number, cancellationToken))?.Scenario.ToScenario(Languages, number)
            : pack.FindShippedScenario(id) ?? pack.FindScenario(id);

    /// <summary>The scores each written language's model answer gets, or the problems that would keep the scenario from being published.</summary>
    public async Task<(IReadOnlyList<ModelAnswerScore> Scores, IReadOnlyList<FieldProblem> Problems)> PreviewAsync(AuthoredScenario draft, CancellationToken cancellationToken)
    {
        draft = draft.Trimmed();
        var (scenario, problems) = ScenarioChecks.Check(draft, pack);
        if (scenario is null)
        {
            return ([], problems);
        }

        var scores = new List<ModelAnswerScore>();
        foreach (var language in Languages.Where(draft.Texts.ContainsKey))
        {
            var written = scenario.In(language);
            scores.Add(new(language, await scorer.ScoreAsync(written, written.ModelAnswer!, cancellationToken)));
        }

        return (scores, []);
    }

    /// <summary>Publishes the scenario as its next version: a new one (<paramref name="creating"/>) must have an id not yet used; an edit one that is.</summary>
    public async Task<AuthoringResult> PublishAsync(AuthoredScenario draft, bool creating, string by, CancellationToken cancellationToken)
    {
        draft = draft.Trimmed();
        var known = pack.FindShippedScenario(draft.Id) is not null || (await store.ListAsync(cancellationToken)).Any(e => e.Id == draft.Id);
        if (creating && known)
        {
            return AuthoringResult.Exists;
        }

        if (!creating && !known)
        {
            return AuthoringResult.NotFound;
        }

        var (scenario, problems) = ScenarioChecks.Check(draft, pack);
        if (scenario is null)
        {
            return AuthoringResult.Invalid(problems);
        }

        var version = await store.PublishAsync(draft, by, time.GetUtcNow(), cancellationToken);
        await RefreshAsync(cancellationToken);
        return new AuthoringResult(AuthoringOutcome.Done, [], version);
    }

    /// <summary>Takes a scenario out of what the bot gives (a file's too), unless a standard would be left with too few.</summary>
    public async Task<AuthoringResult> RetireAsync(string id, string by, CancellationToken cancellationToken)
    {
        if (!await KnownAsync(id, cancellationToken))
        {
            return AuthoringResult.NotFound;
        }

        var problems = ScenarioChecks.Coverage(pack, ContentPack.Overlaid(pack.AllScenarios, [], new HashSet<string>(StringComparer.Ordinal) { id }));
        if (problems.Count > 0)
        {
            return AuthoringResult.Invalid(problems);
        }

        await store.SetRetiredAsync(id, true, by, time.GetUtcNow(), cancellationToken);
        await RefreshAsync(cancellationToken);
        return new AuthoringResult(AuthoringOutcome.Done, []);
    }

    public async Task<AuthoringResult> RestoreAsync(string id, string by, CancellationToken cancellationToken)
    {
        if (!await KnownAsync(id, cancellationToken))
        {
            return AuthoringResult.NotFound;
        }

        await store.SetRetiredAsync(id, false, by, time.GetUtcNow(), cancellationToken);
        await RefreshAsync(cancellationToken);
        return new AuthoringResult(AuthoringOutcome.Done, []);
    }

    /// <summary>The language a file's own text is written in, as <c>validate</c> tells missing translations.</summary>
    public string WrittenIn(Scenario scenario) =>
        Scoring.Languages.LanguageDetector.Detect($"{scenario.Title}. {scenario.Goal}. {scenario.CustomerSays}", pack.Languages)?.Code ?? Languages[0];

    private async Task<bool> KnownAsync(string id, CancellationToken cancellationToken) =>
        pack.FindShippedScenario(id) is not null || (await store.ListAsync(cancellationToken)).Any(e => e.Id == id && e.Latest is not null);
}

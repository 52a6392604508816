using System.Collections.Concurrent;
using CoachBot.Core.Content;
using CoachBot.Core.Scoring.Languages;
using CoachBot.Core.Scoring.Rubric;
using CoachBot.Core.Scoring.Signals;

namespace CoachBot.Core.Scoring;

/// <summary>
/// The default, offline scorer. It reads the rubric's signals from the answer with the phrase patterns of the
/// answer's language (<c>prompts/languages/</c>) and turns them into 0-3 with each standard's level rules
/// (<c>prompts/standards.yml</c>). Same input, same output; no network.
/// </summary>
public sealed class RubricAnswerScorer(ContentPack content) : IAnswerScorer
{
    public const string ScorerName = "rubric-v2";

    private readonly ConcurrentDictionary<(string Id, string Goal, string CustomerSays, string Language), ScenarioWords> _scenarioWords = new();

    public string Name => ScorerName;

    public Task<AnswerAssessment> ScoreAsync(Scenario scenario, string answer, CancellationToken cancellationToken) =>
        Task.FromResult(Score(scenario, answer));

    public AnswerAssessment Score(Scenario scenario, string answer)
    {
        if (LanguageOf(answer) is not { } language)
        {
            return new AnswerAssessment(scenario.Id, Name, content.StandardsFor(scenario).Select(s => StandardScore.NotAssessed(s.Id)).ToList());
        }

        var signals = ReadSignals(scenario, answer, language);
        return Decide(scenario, language, signals, Name);
    }

    /// <summary>The signals present in an answer, each with the employee's words that show it (null when there are none to quote).</summary>
    public IReadOnlyDictionary<string, string?> ReadSignals(Scenario scenario, string answer, LanguagePack language)
    {
        var prepared = new PreparedAnswer(answer, language);
        return SignalReader.Read(prepared, WordsOf(scenario, language));
    }

    /// <summary>The language the offline scorer would read the answer in, or null when it reads none of them.</summary>
    public LanguagePack? LanguageOf(string answer) => LanguageDetector.Detect(answer, content.Languages);

    /// <summary>Turns signals into scores with each standard's level rules: the one definition of a standard that every scorer shares.</summary>
    public AnswerAssessment Decide(Scenario scenario, LanguagePack language, IReadOnlyDictionary<string, string?> signals, string scorerName)
    {
        var scores = content.StandardsFor(scenario)
            .Select(standard => scenario.Assesses(standard.Id) ? ScoreStandard(standard, scenario, language, signals) : StandardScore.NotAssessed(standard.Id))
            .ToList();
        return new AnswerAssessment(scenario.Id, scorerName, scores) { Language = language.Code, Signals = signals };
    }

    private StandardScore ScoreStandard(Standard standard, Scenario scenario, LanguagePack language, IReadOnlyDictionary<string, string?> signals)
    {
        bool Has(string name) => signals.ContainsKey(name);
        var (score, fired) = LevelDecision.Decide(standard.Scoring, Has);
        // The words that made the deciding rule hold, not every signal the standard's rules happen to read.
        var evidence = Evidence((fired?.When.Signals() ?? []).Where(s => s.Wanted).Select(s => signals.GetValueOrDefault(s.Signal)));
        if (score == standard.Scoring.Max(r => r.Score))
        {
            return new StandardScore(standard.Id, score, evidence, null, null);
        }

        var gap = LevelDecision.Gaps(standard.Scoring, fired, Has).Select(g => g.Signal).FirstOrDefault(language.Coaching.ContainsKey);
        var (missing, tip) = gap is null ? (null, null) : language.Coaching[gap];
        return new StandardScore(standard.Id, score, evidence, missing, Fill(tip, scenario.In(language.Code))) { Gap = gap };
    }

    private static List<string> Evidence(IEnumerable<string?> quotes)
    {
        var evidence = new List<string>();
        foreach (var quote in quotes)
        {
            var trimmed = quote?.Trim().TrimEnd('.', ',', ';', '!');
            if (string.IsNullOrWhiteSpace(trimmed) || evidence.Any(e => e.Contains(trimmed, StringComparison.Ordinal)))
            {
                continue;
            }

            evidence.RemoveAll(e => trimmed.Contains(e, StringComparison.Ordinal));
            evidence.Add(trimmed);
        }

        return evidence;
    }

    internal static string? Fill(string? tip, Scenario scenario) => tip?.Replace("{goal}", scenario.Goal, StringComparison.Ordinal);

    /// <summary>
    /// The scenario's distinctive words in the answer's language: as written, or its translation into that language
    /// (a scenario from a labelled file borrows the translations of the shipped scenario with its id).
    /// </summary>
    private ScenarioWords WordsOf(Scenario scenario, LanguagePack language) =>
        _scenarioWords.GetOrAdd((scenario.Id, scenario.Goal, scenario.CustomerSays, language.Code), _ =>
        {
            var texts = new[] { scenario, scenario.In(language.Code), content.FindScenario(scenario.Id)?.In(language.Code) }
                .OfType<Scenario>()
                .Select((s, i) => (Text: $"{s.Title}. {s.Goal}. {s.CustomerSays}", Translated: i > 0));
            var written = texts.FirstOrDefault(t => LanguageDetector.Detect(t.Text, content.Languages)?.Code == language.Code);
            return new ScenarioWords(written.Text is null ? null : ContentStems.Of(written.Text, language), written.Translated);
        });
}

using CoachBot.Core.Content;

namespace CoachBot.Core.Scoring;

/// <summary>
/// The default, offline scorer: deterministic rules read from the level wording of the standards pack.
/// Same input, same output; no network.
/// </summary>
public sealed class RubricAnswerScorer : IAnswerScorer
{
    public const string ScorerName = "rubric-v1";

    private static readonly IStandardRule[] Rules =
    [
        new ListenFirstRule(), new SetExpectationsRule(), new OwnTheNeedRule(), new FollowUpRule(),
    ];

    public string Name => ScorerName;

    /// <summary>The standard ids this scorer knows how to read.</summary>
    public static IReadOnlyList<string> KnownStandards { get; } = Rules.Select(r => r.StandardId).ToList();

    public Task<AnswerAssessment> ScoreAsync(Scenario scenario, string answer, CancellationToken cancellationToken) =>
        Task.FromResult(Score(scenario, answer));

    public AnswerAssessment Score(Scenario scenario, string answer)
    {
        var text = new AnswerText(answer);
        var scores = Rules
            .Select(rule => scenario.Assesses(rule.StandardId) ? rule.Score(text, scenario) : StandardScore.NotAssessed(rule.StandardId))
            .ToList();
        return new AnswerAssessment(scenario.Id, Name, scores);
    }
}

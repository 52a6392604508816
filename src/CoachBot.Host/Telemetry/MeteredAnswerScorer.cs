using CoachBot.Core.Content;
using CoachBot.Core.Scoring;

namespace CoachBot.Host.Telemetry;

/// <summary>Counts what the scorer in use gives, around it: the scorers stay free of metrics.</summary>
internal sealed class MeteredAnswerScorer(IAnswerScorer inner, CoachBotMetrics metrics) : IAnswerScorer
{
    private const string FallbackMark = " (llm fallback";

    public string Name => inner.Name;

    public async Task<AnswerAssessment> ScoreAsync(Scenario scenario, string answer, CancellationToken cancellationToken)
    {
        var assessment = await inner.ScoreAsync(scenario, answer, cancellationToken);
        var fallback = assessment.ScorerName.IndexOf(FallbackMark, StringComparison.Ordinal);
        if (fallback >= 0)
        {
            metrics.LlmFallback();
        }

        if (assessment.IsScored)
        {
            var scorer = fallback >= 0 ? assessment.ScorerName[..fallback] : assessment.ScorerName;
            metrics.AnswerScored(scorer, assessment.Language!, assessment.Scores.Where(s => s.Score is not null).Select(s => (s.StandardId, s.Score!.Value)));
        }

        return assessment;
    }
}

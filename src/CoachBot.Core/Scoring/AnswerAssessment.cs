namespace CoachBot.Core.Scoring;

/// <summary>The scores of one answer, one entry per frontline standard (null score = not assessed).</summary>
public sealed record AnswerAssessment(string ScenarioId, string ScorerName, IReadOnlyList<StandardScore> Scores)
{
    public int? ScoreOf(string standardId) => Scores.FirstOrDefault(s => s.StandardId == standardId)?.Score;
}

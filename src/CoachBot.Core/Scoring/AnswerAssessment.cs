namespace CoachBot.Core.Scoring;

/// <summary>
/// The scores of one answer, one entry per frontline standard (null score = not assessed), and the language
/// the answer was read in. <see cref="Language"/> is null when the answer is in a language no scorer reads:
/// then there are no scores at all.
/// </summary>
public sealed record AnswerAssessment(string ScenarioId, string ScorerName, IReadOnlyList<StandardScore> Scores)
{
    public string? Language { get; init; }

    /// <summary>The rubric's signals found in the answer, each with the words that show it.</summary>
    public IReadOnlyDictionary<string, string?> Signals { get; init; } = new Dictionary<string, string?>();

    public bool IsScored => Language is not null;

    public int? ScoreOf(string standardId) => Scores.FirstOrDefault(s => s.StandardId == standardId)?.Score;
}

using CoachBot.Core.Scoring;

namespace CoachBot.Core.Evaluation;

public sealed record EvalReport(string ScorerName, IReadOnlyList<StandardAgreement> Standards, int Items, int Disagreements)
{
    /// <summary>Mean QWK over the standards that had at least one labelled answer.</summary>
    public double MeanQwk => Standards.Where(s => s.N > 0).Select(s => s.Qwk).DefaultIfEmpty(double.NaN).Average();

    /// <summary>Each labelled answer with the scorer's assessment, for reading the disagreements.</summary>
    public IReadOnlyList<(CalibrationItem Item, AnswerAssessment Assessment)> Scored { get; init; } = [];
}

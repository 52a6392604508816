using CoachBot.Core.Scoring;

namespace CoachBot.Core.Evaluation;

/// <summary>Scores labelled answers and measures agreement per standard.</summary>
public static class Evaluator
{
    public static async Task<EvalReport> RunAsync(
        IAnswerScorer scorer, IReadOnlyList<CalibrationItem> items, IReadOnlyList<string> standardIds, CancellationToken cancellationToken)
    {
        var pairs = standardIds.ToDictionary(id => id, _ => new List<(int Human, int Machine)>(), StringComparer.Ordinal);
        var disagreements = 0;
        var scored = new List<(CalibrationItem, AnswerAssessment)>();
        foreach (var item in items)
        {
            var assessment = await scorer.ScoreAsync(item.Scenario, item.Answer, cancellationToken);
            scored.Add((item, assessment));
            foreach (var id in standardIds)
            {
                if (item.Labels.GetValueOrDefault(id) is not int human)
                {
                    continue;
                }

                var machine = assessment.ScoreOf(id) ?? 0;
                pairs[id].Add((human, machine));
                disagreements += human == machine ? 0 : 1;
            }
        }

        var standards = standardIds.Select(id => Agreement(id, pairs[id])).ToList();
        return new EvalReport(scorer.Name, standards, items.Count, disagreements) { Scored = scored };
    }

    private static StandardAgreement Agreement(string id, List<(int Human, int Machine)> pairs)
    {
        var confusion = new int[QuadraticWeightedKappa.Levels, QuadraticWeightedKappa.Levels];
        foreach (var (h, m) in pairs)
        {
            confusion[h, m]++;
        }

        var n = pairs.Count;
        return new StandardAgreement(
            id,
            n,
            QuadraticWeightedKappa.Compute(pairs),
            n == 0 ? double.NaN : pairs.Count(p => p.Human == p.Machine) / (double)n,
            n == 0 ? double.NaN : pairs.Count(p => Math.Abs(p.Human - p.Machine) <= 1) / (double)n,
            confusion);
    }
}

namespace CoachBot.Core.Evaluation;

/// <summary>Cohen's kappa with quadratic weights over the 0-3 scale.</summary>
public static class QuadraticWeightedKappa
{
    public const int Levels = 4;

    public static double Compute(IReadOnlyList<(int Human, int Machine)> pairs)
    {
        if (pairs.Count == 0)
        {
            return double.NaN;
        }

        var observed = new double[Levels, Levels];
        var human = new double[Levels];
        var machine = new double[Levels];
        foreach (var (h, m) in pairs)
        {
            observed[h, m]++;
            human[h]++;
            machine[m]++;
        }

        double disagreement = 0, expected = 0;
        var n = (double)pairs.Count;
        for (var i = 0; i < Levels; i++)
        {
            for (var j = 0; j < Levels; j++)
            {
                var weight = (i - j) * (i - j) / (double)((Levels - 1) * (Levels - 1));
                disagreement += weight * observed[i, j];
                expected += weight * human[i] * machine[j] / n;
            }
        }

        // Both raters gave one identical constant: perfect agreement, not 0/0.
        return expected == 0 ? (disagreement == 0 ? 1.0 : 0.0) : 1.0 - disagreement / expected;
    }
}

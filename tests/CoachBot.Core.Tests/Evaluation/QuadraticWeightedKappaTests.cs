using CoachBot.Core.Evaluation;

namespace CoachBot.Core.Tests.Evaluation;

public sealed class QuadraticWeightedKappaTests
{
    [Fact]
    public void PerfectAgreement_IsOne()
    {
        Assert.Equal(1.0, QuadraticWeightedKappa.Compute([(0, 0), (1, 1), (2, 2), (3, 3)]), 10);
    }

    [Fact]
    public void KnownPairs_MatchHandComputation()
    {
        // Human 0,1,2,3 vs machine 0,2,2,3: observed weighted disagreement 1/9; expected 10/9 → 1 - 0.1 = 0.9.
        Assert.Equal(0.9, QuadraticWeightedKappa.Compute([(0, 0), (1, 2), (2, 2), (3, 3)]), 10);
    }

    [Fact]
    public void ReversedRatings_AreNegative()
    {
        Assert.True(QuadraticWeightedKappa.Compute([(0, 3), (1, 2), (2, 1), (3, 0)]) < 0);
    }
}

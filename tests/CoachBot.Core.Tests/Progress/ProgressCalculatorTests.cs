using CoachBot.Core.Coaching;
using CoachBot.Core.Content;
using CoachBot.Core.Progress;
using CoachBot.Core.Scoring;

namespace CoachBot.Core.Tests.Progress;

public sealed class ProgressCalculatorTests
{
    private static readonly Standard Listen = new("listen-first", "Listen first", Standard.FrontlineAudience, "", new Dictionary<int, string>(), []);

    [Theory]
    [InlineData(new[] { 1, 1, 1, 3, 3, 3 }, Trend.Improving)]
    [InlineData(new[] { 3, 3, 2, 1 }, Trend.Declining)]
    [InlineData(new[] { 2, 2, 2, 2 }, Trend.Steady)]
    [InlineData(new[] { 2 }, Trend.NotEnoughData)]
    public void Trend_ComparesRecentScoresWithThoseBefore(int[] scores, Trend expected)
    {
        var start = new DateTimeOffset(2026, 1, 1, 9, 0, 0, TimeSpan.Zero);
        var attempts = scores.Select((s, i) => Attempt(s, start.AddDays(i))).ToList();

        var line = ProgressCalculator.Summarise(attempts, [Listen]).Standards.Single();

        Assert.Equal(expected, line.Trend);
        Assert.Equal(scores[^1], line.Latest);
        Assert.Equal(Math.Round(scores.Average(), 2), line.Average);
    }

    [Fact]
    public void NotAssessedScores_AreLeftOut()
    {
        var now = DateTimeOffset.UnixEpoch;
        var attempts = new[] { Attempt(2, now), new Attempt(Guid.NewGuid(), new("c", "c", "u"), "s", "a", "rubric", now.AddDays(1), [StandardScore.NotAssessed("listen-first")]) };

        var line = ProgressCalculator.Summarise(attempts, [Listen]).Standards.Single();

        Assert.Equal(1, line.Attempts);
        Assert.Equal(2, line.Average);
    }

    private static Attempt Attempt(int score, DateTimeOffset at) =>
        new(Guid.NewGuid(), new ChatAddress("c", "c", "u"), "s", "answer", "rubric", at, [new StandardScore("listen-first", score, [], null, null)]);
}

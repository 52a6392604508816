using CoachBot.Core.Content;

namespace CoachBot.Core.Progress;

/// <summary>Per-standard average, latest score and trend (the last three scores against the three before).</summary>
public static class ProgressCalculator
{
    private const int TrendWindow = 3;
    private const double SteadyBand = 0.25;

    public static ProgressCard Summarise(IReadOnlyList<Attempt> attempts, IReadOnlyList<Standard> standards, DateOnly? today = null)
    {
        var ordered = attempts.OrderBy(a => a.CreatedAt).ToList();
        var lines = standards.Select(standard =>
        {
            var scores = ordered
                .Select(a => a.Scores.FirstOrDefault(s => s.StandardId == standard.Id)?.Score)
                .OfType<int>()
                .ToList();
            return new StandardProgress(
                standard.Id,
                standard.Name,
                scores.Count,
                scores.Count == 0 ? null : Math.Round(scores.Average(), 2),
                scores.Count == 0 ? null : scores[^1],
                TrendOf(scores));
        }).ToList();
        return new ProgressCard(ordered.Count, ordered.Select(a => a.ScenarioId).Distinct(StringComparer.Ordinal).Count(), lines, today is { } day ? Streak(ordered, day) : 0);
    }

    private static int Streak(List<Attempt> attempts, DateOnly today)
    {
        var days = attempts.Select(a => DateOnly.FromDateTime(a.CreatedAt.UtcDateTime)).ToHashSet();
        return PracticeStreak.Length(days.Contains, today);
    }

    private static Trend TrendOf(List<int> scores)
    {
        if (scores.Count < 2)
        {
            return Trend.NotEnoughData;
        }

        var window = Math.Min(TrendWindow, scores.Count / 2);
        var recent = scores.TakeLast(window).Average();
        var before = scores.SkipLast(window).TakeLast(window).Average();
        return (recent - before) switch
        {
            > SteadyBand => Trend.Improving,
            < -SteadyBand => Trend.Declining,
            _ => Trend.Steady,
        };
    }
}

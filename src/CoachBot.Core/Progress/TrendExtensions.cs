namespace CoachBot.Core.Progress;

public static class TrendExtensions
{
    public static string Describe(this Trend trend) => trend switch
    {
        Trend.Improving => "improving ↑",
        Trend.Declining => "slipping ↓",
        Trend.Steady => "steady →",
        _ => "not enough answers yet",
    };
}

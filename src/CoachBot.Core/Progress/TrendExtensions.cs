using CoachBot.Core.Texts;

namespace CoachBot.Core.Progress;

public static class TrendExtensions
{
    public static string Describe(this Trend trend, TextCatalogue texts) => texts.Text(trend switch
    {
        Trend.Improving => "trend.improving",
        Trend.Declining => "trend.declining",
        Trend.Steady => "trend.steady",
        _ => "trend.not-enough",
    });
}

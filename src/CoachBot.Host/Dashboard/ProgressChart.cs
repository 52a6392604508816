using CoachBot.Core.Reports;
using ScottPlot;

namespace CoachBot.Host.Dashboard;

/// <summary>The weekly average per standard as a small PNG, for chat replies.</summary>
internal static class ProgressChart
{
    public const int Width = 640;
    public const int Height = 340;

    public static byte[] Png(ProgressReport report)
    {
        var plot = new Plot();
        foreach (var standard in report.Standards)
        {
            var points = report.Weekly.Where(p => p.StandardId == standard.Id && p.Average is not null).OrderBy(p => p.WeekEnding).ToList();
            if (points.Count == 0)
            {
                continue;
            }

            var line = plot.Add.Scatter(
                points.Select(p => p.WeekEnding.ToDateTime(TimeOnly.MinValue).ToOADate()).ToArray(),
                points.Select(p => p.Average!.Value).ToArray());
            line.LegendText = standard.Name;
            line.LineWidth = 2;
            line.MarkerSize = 6;
        }

        plot.Axes.DateTimeTicksBottom();
        plot.Axes.SetLimitsY(0, 3.1);
        plot.Axes.Left.Label.Text = "average score (0-3)";
        plot.Title($"{report.ScopeName}: week by week");
        plot.ShowLegend(Edge.Bottom);
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }
}

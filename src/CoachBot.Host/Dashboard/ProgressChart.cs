using CoachBot.Core.Reports;
using CoachBot.Core.Texts;
using ScottPlot;

namespace CoachBot.Host.Dashboard;

/// <summary>
/// The weekly average per standard as a small PNG, for chat replies, worded in the reader's language. Its text is drawn with
/// the DejaVu Sans shipped beside the app (Fonts/), which has Latin and Cyrillic (Russian and Mongolian, ө and ү too), so a
/// machine with no fonts installed still draws every letter.
/// </summary>
internal static class ProgressChart
{
    public const int Width = 640;
    public const int Height = 340;
    public const string FontName = "DejaVu Sans";

    public static string FontFile(bool bold = false) => Path.Combine(AppContext.BaseDirectory, "Fonts", bold ? "DejaVuSans-Bold.ttf" : "DejaVuSans.ttf");

    private static readonly Lazy<bool> FontAdded = new(() =>
    {
        Fonts.AddFontFile(FontName, FontFile(), bold: false);
        Fonts.AddFontFile(FontName, FontFile(bold: true), bold: true);
        return true;
    });

    /// <summary>Every text drawn on the chart: the title, the axis label and the legend.</summary>
    public static IReadOnlyList<string> Texts(ProgressReport report, TextCatalogue t) =>
        [t.Text("dashboard.chart.title", ("scope", report.ScopeName)), t.Text("dashboard.chart.axis"), .. report.Standards.Select(s => s.Name)];

    public static byte[] Png(ProgressReport report, TextCatalogue t)
    {
        _ = FontAdded.Value;
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
        plot.Axes.Left.Label.Text = t.Text("dashboard.chart.axis");
        plot.Title(t.Text("dashboard.chart.title", ("scope", report.ScopeName)));
        plot.ShowLegend(Edge.Bottom);
        plot.Font.Set(FontName);
        plot.Legend.FontName = FontName;
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }
}

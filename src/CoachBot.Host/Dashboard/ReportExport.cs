using System.Globalization;
using ClosedXML.Excel;
using CoachBot.Core.Progress;
using CoachBot.Core.Reports;
using CoachBot.Core.Texts;
using CsvHelper;
using CsvHelper.Configuration;

namespace CoachBot.Host.Dashboard;

/// <summary>
/// The report's people rows as CSV or XLSX: the same numbers the dashboard shows, one person per row, with column headers,
/// standards and trends in the report's language. Numbers and dates stay machine-readable (invariant, yyyy-MM-dd) in CSV;
/// Excel shows its numeric cells in the reader's own format.
/// </summary>
internal static class ReportExport
{
    public static IReadOnlyList<string> Header(ProgressReport report, TextCatalogue t) =>
    [
        .. new[] { "person-id", "name", "team", "attempts", "practice-days", "last-practised", "streak-days", "nudges-sent", "nudges-answered", "weakest" }
            .Select(key => t.Text("dashboard.export." + key)),
        .. report.Standards.SelectMany(s => new[] { "attempts", "average", "latest", "trend" }
            .Select(column => t.Text("dashboard.export.standard-" + column, ("standard", StandardColumn(s, t))))),
    ];

    public static IEnumerable<object?[]> Rows(ProgressReport report, TextCatalogue t) => report.People.Select(p => new object?[]
        {
            p.Id, p.Name, ReportWording.TeamName(p.Team, t), p.Attempts, p.PracticeDays, p.LastPractised?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), p.Streak,
            p.NudgesSent, p.NudgesAnswered, Standard(report, p.Weakest, t),
        }
        .Concat(p.Standards.SelectMany(s => new object?[] { s.Attempts, s.Average, s.Latest, TrendText(s.Trend, t) }))
        .ToArray());

    /// <summary>What heads a standard's columns: its id (English keeps the documented column names) or its name in the language.</summary>
    private static string StandardColumn(StandardInfo standard, TextCatalogue t) =>
        t.Text("dashboard.export.standard-by") == "name" ? standard.Name : standard.Id;

    private static string? Standard(ProgressReport report, string? id, TextCatalogue t) =>
        id is null ? null : report.Standards.FirstOrDefault(s => s.Id == id) is { } standard ? StandardColumn(standard, t) : id;

    private static string TrendText(Trend trend, TextCatalogue t) => t.Text(trend switch
    {
        Trend.Improving => "dashboard.export.trend.improving",
        Trend.Declining => "dashboard.export.trend.declining",
        Trend.Steady => "dashboard.export.trend.steady",
        _ => "dashboard.export.trend.not-enough",
    });

    public static byte[] Csv(ProgressReport report, TextCatalogue t)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        // Escape cells that a spreadsheet would run as a formula (a name typed as "=HYPERLINK(...)").
        using (var csv = new CsvWriter(text, new CsvConfiguration(CultureInfo.InvariantCulture) { InjectionOptions = InjectionOptions.Escape }))
        {
            foreach (var column in Header(report, t))
            {
                csv.WriteField(column);
            }

            csv.NextRecord();
            foreach (var row in Rows(report, t))
            {
                foreach (var cell in row)
                {
                    csv.WriteField(cell is double d ? d.ToString("0.##", CultureInfo.InvariantCulture) : cell);
                }

                csv.NextRecord();
            }
        }

        return System.Text.Encoding.UTF8.GetBytes(text.ToString());
    }

    public static byte[] Xlsx(ProgressReport report, TextCatalogue t)
    {
        using var book = new XLWorkbook();
        string Column(string key) => t.Text("dashboard.export." + key);
        Sheet(book, Column("sheet.people"), Header(report, t), Rows(report, t));
        Sheet(book, Column("sheet.teams"),
            [.. new[] { "team", "people", "practised", "participation", "attempts", "nudges-sent", "nudges-answered", "weakest" }.Select(Column),
             .. report.Standards.Select(s => t.Text("dashboard.export.standard-average", ("standard", StandardColumn(s, t))))],
            report.Teams.Select(g => new object?[] { ReportWording.TeamName(g.Name, t), g.People, g.Practised, g.Participation, g.Attempts, g.NudgesSent, g.NudgesAnswered, Standard(report, g.Weakest, t) }
                .Concat(g.Standards.Select(s => (object?)s.Average)).ToArray()));
        Sheet(book, Column("sheet.weekly"), [.. new[] { "week-ending", "standard", "attempts", "average" }.Select(Column)],
            report.Weekly.Select(w => new object?[] { w.WeekEnding.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Standard(report, w.StandardId, t), w.Attempts, w.Average }));
        using var stream = new MemoryStream();
        book.SaveAs(stream);
        return stream.ToArray();
    }

    private static void Sheet(XLWorkbook book, string name, IReadOnlyList<string> header, IEnumerable<object?[]> rows)
    {
        var sheet = book.Worksheets.Add(name);
        for (var c = 0; c < header.Count; c++)
        {
            sheet.Cell(1, c + 1).Value = header[c];
        }

        var r = 2;
        foreach (var row in rows)
        {
            for (var c = 0; c < row.Length; c++)
            {
                var cell = sheet.Cell(r, c + 1);
                switch (row[c])
                {
                    case null:
                        break;
                    case string s:
                        cell.SetValue(s); // as text, never a formula
                        break;
                    default:
                        cell.Value = row[c];
                        break;
                }
            }

            r++;
        }

        sheet.Row(1).Style.Font.Bold = true;
        sheet.SheetView.FreezeRows(1);
    }
}

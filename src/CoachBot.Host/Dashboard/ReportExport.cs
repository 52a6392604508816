using System.Globalization;
using ClosedXML.Excel;
using CoachBot.Core.Reports;
using CsvHelper;
using CsvHelper.Configuration;

namespace CoachBot.Host.Dashboard;

/// <summary>The report's people rows as CSV or XLSX: the same numbers the dashboard shows, one person per row.</summary>
internal static class ReportExport
{
    public static IReadOnlyList<string> Header(ProgressReport report) =>
    [
        "person_id", "name", "team", "attempts", "practice_days", "last_practised", "streak_days", "nudges_sent", "nudges_answered", "weakest_standard",
        .. report.Standards.SelectMany(s => new[] { $"{s.Id}_attempts", $"{s.Id}_average", $"{s.Id}_latest", $"{s.Id}_trend" }),
    ];

    public static IEnumerable<object?[]> Rows(ProgressReport report) => report.People.Select(p => new object?[]
        {
            p.Id, p.Name, p.Team, p.Attempts, p.PracticeDays, p.LastPractised?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), p.Streak,
            p.NudgesSent, p.NudgesAnswered, p.Weakest,
        }
        .Concat(p.Standards.SelectMany(s => new object?[] { s.Attempts, s.Average, s.Latest, s.Trend.ToString() }))
        .ToArray());

    public static byte[] Csv(ProgressReport report)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        // Escape cells that a spreadsheet would run as a formula (a name typed as "=HYPERLINK(...)").
        using (var csv = new CsvWriter(text, new CsvConfiguration(CultureInfo.InvariantCulture) { InjectionOptions = InjectionOptions.Escape }))
        {
            foreach (var column in Header(report))
            {
                csv.WriteField(column);
            }

            csv.NextRecord();
            foreach (var row in Rows(report))
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

    public static byte[] Xlsx(ProgressReport report)
    {
        using var book = new XLWorkbook();
        Sheet(book, "People", Header(report), Rows(report));
        Sheet(book, "Teams",
            ["team", "people", "practised", "participation", "attempts", "nudges_sent", "nudges_answered", "weakest_standard", .. report.Standards.Select(s => $"{s.Id}_average")],
            report.Teams.Select(t => new object?[] { t.Name, t.People, t.Practised, t.Participation, t.Attempts, t.NudgesSent, t.NudgesAnswered, t.Weakest }
                .Concat(t.Standards.Select(s => (object?)s.Average)).ToArray()));
        Sheet(book, "Weekly", ["week_ending", "standard", "attempts", "average"],
            report.Weekly.Select(w => new object?[] { w.WeekEnding.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), w.StandardId, w.Attempts, w.Average }));
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

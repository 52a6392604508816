using System.Globalization;
using System.Text;

namespace CoachBot.LoadRun;

internal static class Report
{
    public static string Table(IEnumerable<(string Name, RunResult Result, long? PeakRss)> rows)
    {
        var text = new StringBuilder()
            .AppendLine("| target | requests | errors | throughput (req/s) | p50 (ms) | p99 (ms) | p99.9 (ms) | peak RSS |")
            .AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var (name, r, rss) in rows)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"| {name} | {r.Count} | {r.Errors} | {r.Throughput:0} | {r.Percentile(50):0.00} | {r.Percentile(99):0.00} | {r.Percentile(99.9):0.00} | {(rss is { } b ? $"{b / 1024 / 1024} MB" : "–")} |").AppendLine();
        }

        return text.ToString().TrimEnd();
    }
}

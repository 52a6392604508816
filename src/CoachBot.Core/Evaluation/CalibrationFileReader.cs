using System.Text.Json;
using CoachBot.Core.Content;

namespace CoachBot.Core.Evaluation;

/// <summary>Reads the JSON Lines format of <c>shared/calibration/</c>: scenarios inline, labels 0-3 or "n/a".</summary>
public static class CalibrationFileReader
{
    public static IReadOnlyList<CalibrationItem> Read(string path)
    {
        var items = new List<CalibrationItem>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                items.Add(Parse(line));
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                throw new FormatException($"{path}:{lineNumber}: {ex.Message}", ex);
            }
        }

        return items;
    }

    private static CalibrationItem Parse(string line)
    {
        using var doc = JsonDocument.Parse(line);
        var root = doc.RootElement;
        var s = root.GetProperty("scenario");
        var scenario = new Scenario(
            s.GetProperty("id").GetString()!,
            Text(s, "title"),
            Text(s, "industry"),
            Text(s, "stage"),
            Text(s, "customer_goal"),
            Text(s, "opening"),
            s.GetProperty("standards").EnumerateArray().Select(e => e.GetString()!).ToList(),
            null);
        var fields = root.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String && p.Name != "answer")
            .ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
        var labels = new Dictionary<string, int?>(StringComparer.Ordinal);
        foreach (var label in root.GetProperty("labels").EnumerateObject())
        {
            labels[label.Name] = label.Value.ValueKind switch
            {
                JsonValueKind.Number => label.Value.GetInt32() is >= 0 and <= 3 and var n ? n : throw new FormatException($"label {label.Name} must be 0-3"),
                JsonValueKind.String when label.Value.GetString() == "n/a" => null,
                _ => throw new FormatException($"label {label.Name} must be 0-3 or \"n/a\""),
            };
        }

        return new CalibrationItem(scenario, root.GetProperty("answer").GetString() ?? "", labels) { Fields = fields };
    }

    private static string Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "";
}

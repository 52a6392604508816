using System.Diagnostics;
using System.Text.Json.Nodes;

namespace CoachBot.Host.Tests.Support;

/// <summary>
/// The npm checkers in tests/node (installed by build/test.sh): one process per call, given every payload at once in a
/// JSON file (kept in artifacts/ of the test output, to look at), answering {"results":[{"name","errors":[…]}]}.
/// </summary>
public static class NodeTools
{
    public static string Directory { get; } = Path.Combine(RepoRoot(), "tests", "node");

    /// <returns>The errors found per payload name, and everything the checker printed (for a failure message).</returns>
    public static async Task<(Dictionary<string, List<string>> Errors, string Output)> CheckAsync(string script, string package, JsonArray payloads, string artifact)
    {
        Assert.True(System.IO.Directory.Exists(Path.Combine(Directory, "node_modules", package)), $"{package} is missing: run bash build/test.sh, which installs the npm test tools");
        var input = Path.Combine(AppContext.BaseDirectory, "artifacts", artifact);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(input)!);
        await File.WriteAllTextAsync(input, payloads.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        var start = new ProcessStartInfo("node", [Path.Combine(Directory, script), input]) { WorkingDirectory = Directory, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var reading = process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        var output = await reading;
        await process.WaitForExitAsync();
        var results = JsonNode.Parse(output)?["results"]?.AsArray() ?? throw new InvalidOperationException($"{script} printed no results: {output}{error}");
        var errors = results.GroupBy(r => r!["name"]!.GetValue<string>())
            .ToDictionary(g => g.Key, g => g.SelectMany(r => r!["errors"]!.AsArray().Select(e => e!.GetValue<string>())).ToList());
        return (errors, output + error);
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "CoachBot.sln")))
        {
            dir = dir.Parent;
        }

        return dir.FullName;
    }
}

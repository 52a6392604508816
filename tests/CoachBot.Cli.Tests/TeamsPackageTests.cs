using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json.Nodes;

namespace CoachBot.Cli.Tests;

public sealed class TeamsPackageTests : IDisposable
{
    private const string AppId = "11111111-2222-3333-4444-555555555555";
    private readonly string _work = Directory.CreateTempSubdirectory("coachbot-teams-").FullName;

    [Fact]
    public async Task Package_HasTheManifestWithTheAppId_AndIconsOfTheRequiredSizes()
    {
        var (code, output, error) = await CliRunner.RunAsync(_work, null, "teams-package", "--app-id", AppId, "--domain", "coachbot.example.com");

        Assert.True(code == 0, error);
        Assert.Contains("coachbot-teams.zip", output);
        using var zip = ZipFile.OpenRead(Path.Combine(_work, "coachbot-teams.zip"));
        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order());
        var manifest = JsonNode.Parse(zip.GetEntry("manifest.json")!.Open())!;
        Assert.Equal(AppId, manifest["id"]!.GetValue<string>());
        Assert.Equal(AppId, manifest["bots"]![0]!["botId"]!.GetValue<string>());
        Assert.Equal(["practice", "progress", "help"], manifest["bots"]![0]!["commandLists"]![0]!["commands"]!.AsArray().Select(c => c!["title"]!.GetValue<string>()));
        Assert.Equal((192, 192), PngSize(zip.GetEntry("color.png")!));
        Assert.Equal((32, 32), PngSize(zip.GetEntry("outline.png")!));
    }

    [Fact]
    public async Task PackagedManifest_PassesTheOfficialSchema()
    {
        await CliRunner.RunAsync(_work, null, "teams-package", "--app-id", AppId, "--domain", "coachbot.example.com");
        using (var zip = ZipFile.OpenRead(Path.Combine(_work, "coachbot-teams.zip")))
        {
            zip.GetEntry("manifest.json")!.ExtractToFile(Path.Combine(_work, "manifest.json"));
        }

        var (code, output) = await ValidateAsync(Path.Combine(_work, "manifest.json"));

        Assert.True(code == 0, output);
        Assert.Contains("\"errors\":[]", output);
    }

    [Fact]
    public async Task SchemaValidator_RejectsABrokenManifest()
    {
        var broken = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(CliRunner.CliDirectory, "manifests", "teams", "manifest.json")))!.AsObject();
        broken.Remove("accentColor");
        broken["id"] = "not-a-guid";
        await File.WriteAllTextAsync(Path.Combine(_work, "broken.json"), broken.ToJsonString());

        var (code, output) = await ValidateAsync(Path.Combine(_work, "broken.json"));

        Assert.Equal(1, code);
        Assert.Contains("accentColor", output);
        Assert.Contains("/id", output);
    }

    [Theory]
    [InlineData("not-a-guid", "coachbot.example.com", "--app-id must be the Microsoft App ID")]
    [InlineData(AppId, "https://coachbot.example.com/", "--domain must be a host name")]
    public async Task BadArguments_ExitTwoWithTheReason(string appId, string domain, string expected)
    {
        var (code, _, error) = await CliRunner.RunAsync(_work, null, "teams-package", "--app-id", appId, "--domain", domain);

        Assert.Equal(2, code);
        Assert.Contains(expected, error);
        Assert.False(File.Exists(Path.Combine(_work, "coachbot-teams.zip")));
    }

    private static async Task<(int Code, string Output)> ValidateAsync(string manifest)
    {
        var tools = Path.Combine(CliRunner.RepoRoot, "tests", "node");
        Assert.True(Directory.Exists(Path.Combine(tools, "node_modules", "@microsoft", "app-manifest")), "run bash build/test.sh, which installs the npm test tools");
        var start = new ProcessStartInfo("node", [Path.Combine(tools, "validate-teams-manifest.mjs"), manifest]) { WorkingDirectory = tools, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, output);
    }

    private static (int Width, int Height) PngSize(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        var header = new byte[24];
        stream.ReadExactly(header);
        return (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(16)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(20)));
    }

    public void Dispose() => Directory.Delete(_work, recursive: true);
}

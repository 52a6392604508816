using System.Net;
using System.Net.Sockets;
using CoachBot.Host.Tests.Support;

namespace CoachBot.Host.Tests;

/// <summary>The real host process with a mistake in its set-up: one line on stderr naming what to fix, exit code 1, no stack trace.</summary>
public sealed class StartupErrorTests
{
    [Fact]
    public async Task PortInUse_OneLineNamingTheAddress_ExitsNonZero()
    {
        using var busy = new TcpListener(IPAddress.Loopback, 0);
        busy.Start();
        var address = $"http://127.0.0.1:{((IPEndPoint)busy.LocalEndpoint).Port}";

        var run = await HostProcess.RunUntilExitAsync([], "--urls", address);

        AssertOneLine(run, address + " is already in use", "--urls");
    }

    [Fact]
    public async Task BrokenContentFile_NamesTheFileAndField_ExitsNonZero()
    {
        var content = Path.Combine(CoachBotFactory.NewDataDirectory(), "prompts");
        Directory.CreateDirectory(Path.Combine(content, "scenarios"));
        File.Copy(Path.Combine(AppContext.BaseDirectory, "prompts", "standards.yml"), Path.Combine(content, "standards.yml"));
        var broken = Path.Combine(content, "scenarios", "broken.yml");
        File.WriteAllText(broken, "id: broken\ntitle: No customer words\nindustry: bank\nstep: counter\ngoal: I want help\nstandards: [listen-first]\nmodel_answer: Hello\n");

        var run = await HostProcess.RunUntilExitAsync(new() { ["Content__Directory"] = content }, "--urls", "http://127.0.0.1:0");

        AssertOneLine(run, "Content:Directory", $"{broken}: customer_says: is required");
    }

    [Fact]
    public async Task UrlWithoutAScheme_NamesTheSettingAndValue_ExitsNonZero()
    {
        var run = await HostProcess.RunUntilExitAsync([], "--urls", "127.0.0.1:3978");

        AssertOneLine(run, "Urls = '127.0.0.1:3978'", "http://0.0.0.0:3978");
    }

    [Fact]
    public async Task PostgresWithoutAConnectionString_NamesTheMissingSetting_ExitsNonZero()
    {
        var run = await HostProcess.RunUntilExitAsync(new() { ["Storage__Provider"] = "Postgres" }, "--urls", "http://127.0.0.1:0");

        AssertOneLine(run, "Storage:ConnectionString is required");
    }

    [Theory]
    [InlineData("Slack__ApiBaseUrl", "slack.com/api", "CoachBot cannot start: Slack:ApiBaseUrl must be an absolute http(s) URL, like https://slack.com/api/")]
    [InlineData("Scheduling__DefaultTimeZone", "Mars/Olympus", "CoachBot cannot start: Scheduling:DefaultTimeZone must be an IANA time zone")]
    [InlineData("Scoring__Llm__Endpoint", "localhost:11434/v1", "CoachBot cannot start: Scoring:Llm:Endpoint must be an absolute http(s) URL")]
    public async Task BadOption_NamesTheSettingAndWhatItMustBe_ExitsNonZero(string setting, string value, string line)
    {
        var run = await HostProcess.RunUntilExitAsync(new() { [setting] = value }, "--urls", "http://127.0.0.1:0");

        AssertOneLine(run, line);
    }

    [Fact]
    public async Task UnreachableDatabase_NamesTheConnectionSetting_ExitsNonZero()
    {
        using var nothing = new TcpListener(IPAddress.Loopback, 0);
        nothing.Start();
        var port = ((IPEndPoint)nothing.LocalEndpoint).Port;
        nothing.Stop(); // a port nobody listens on

        var run = await HostProcess.RunUntilExitAsync(new()
        {
            ["Storage__Provider"] = "Postgres",
            ["Storage__ConnectionString"] = $"Host=127.0.0.1;Port={port};Username=coachbot;Timeout=3",
        }, "--urls", "http://127.0.0.1:0");

        AssertOneLine(run, "the database does not answer", $"127.0.0.1:{port}", "Storage:ConnectionString");
    }

    private static void AssertOneLine((int ExitCode, string Out, string Error) run, params string[] named)
    {
        var errorLines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("CoachBot cannot start: ", errorLines[0], StringComparison.Ordinal);
        Assert.True(errorLines.Length <= 5, run.Error);
        Assert.All(named, n => Assert.Contains(n, run.Error, StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", run.Out + run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", run.Error, StringComparison.Ordinal);
    }
}

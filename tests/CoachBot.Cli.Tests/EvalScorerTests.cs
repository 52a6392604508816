using System.Text.Json.Nodes;
using CoachBot.Host.Tests.Support;

namespace CoachBot.Cli.Tests;

public sealed class EvalScorerTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("coachbot-eval-").FullName;

    [Fact]
    public async Task Both_ComparesTheOfflineAndTheLlmScorerSideBySide()
    {
        await using var llm = await FakeOpenAi.StartAsync();
        var environment = new Dictionary<string, string> { ["Scoring__Llm__Endpoint"] = llm.Endpoint, ["Scoring__Llm__Model"] = "gpt-test" };

        var (code, output, error) = await CliRunner.RunAsync(_work, null, environment, "eval", "--file", CliRunner.CalibrationFile, "--scorer", "both", "--json");

        Assert.True(code == 0, error);
        var json = JsonNode.Parse(output)!.AsObject();
        Assert.Equal(["rubric-v2", "llm:gpt-test"], json.Select(p => p.Key));
        Assert.Equal(36, json["llm:gpt-test"]!["standards"]!["listen-first"]!["n"]!.GetValue<int>());
        Assert.Equal(36, llm.Requests.Count); // one call per labelled answer: the fake always answers well
    }

    [Fact]
    public async Task Llm_WithoutAnEndpoint_ExplainsWhatToSet()
    {
        var (code, _, error) = await CliRunner.RunAsync(_work, null, "eval", "--file", CliRunner.CalibrationFile, "--scorer", "llm");

        Assert.Equal(2, code);
        Assert.Contains("Scoring__Llm__Endpoint", error);
    }

    [Fact]
    public async Task UnknownScorer_ExitsTwo()
    {
        var (code, _, error) = await CliRunner.RunAsync(_work, null, "eval", "--file", CliRunner.CalibrationFile, "--scorer", "oracle");

        Assert.Equal(2, code);
        Assert.Contains("--scorer must be offline, llm or both", error);
    }

    public void Dispose() => Directory.Delete(_work, recursive: true);
}

using System.Text.Json.Nodes;

namespace CoachBot.Cli.Tests;

public sealed class CommandTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("coachbot-cli-").FullName;

    [Fact]
    public async Task Validate_ShippedContent_ExitsZero()
    {
        var (code, output, _) = await CliRunner.RunAsync(_work, null, "validate");

        Assert.Equal(0, code);
        Assert.Contains("OK:", output);
        Assert.Matches(@"\d+ scenarios \(\d+ frontline, \d+ manager\)", output);
        Assert.Contains("English (en), Mongolian (mn), Russian (ru)", output);
    }

    [Fact]
    public async Task Validate_WithoutContentOption_ChecksTheRepositorysPrompts_NotTheCopyUnderBin()
    {
        var (code, output, _) = await CliRunner.RunAsync(_work, null, "validate");

        Assert.Equal(0, code);
        Assert.Contains($"OK: {Path.Combine(CliRunner.RepoRoot, "prompts")}:", output);
        Assert.DoesNotContain($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", output);
    }

    [Fact]
    public async Task Validate_Stats_CountsScenariosPerLanguageIndustryAndStep()
    {
        var (code, output, _) = await CliRunner.RunAsync(_work, null, "validate", "--stats");

        Assert.Equal(0, code);
        Assert.Contains("Scenarios per language (frontline + manager):", output);
        Assert.Matches(@"\n  mn  Mongolian +\d+ \(\d+ \+ \d+\)", output);
        Assert.Matches(@"\n  bank +\d+ scenarios, \d+ steps\n +1  using the cash machine outside the branch\n", output);
        Assert.Matches(@"\n  manager track +\d+ scenarios", output);
    }

    [Fact]
    public async Task Validate_AStandardTheScorerCannotScore_IsNamed_AndExitsOne()
    {
        var content = Path.Combine(_work, "prompts");
        CopyDirectory(Path.Combine(CliRunner.CliDirectory, "prompts"), content);
        File.AppendAllText(Path.Combine(content, "standards.yml"), "  - id: smile-more\n    name: Smile more\n    summary: s\n    levels: {0: a, 1: b, 2: c, 3: d}\n");

        var (code, _, error) = await CliRunner.RunAsync(_work, null, "validate", "--content", content);

        Assert.Equal(1, code);
        Assert.Contains("'smile-more' has no scoring rules", error);
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [Fact]
    public async Task Validate_BrokenContent_PrintsFileFieldAndProblem_AndExitsOne()
    {
        var content = Path.Combine(_work, "prompts");
        Directory.CreateDirectory(Path.Combine(content, "scenarios"));
        File.Copy(Path.Combine(CliRunner.CliDirectory, "prompts", "standards.yml"), Path.Combine(content, "standards.yml"));
        File.WriteAllText(Path.Combine(content, "scenarios", "bad.yml"), "id: Bad Id\ntitle: t\n");

        var (code, _, error) = await CliRunner.RunAsync(_work, null, "validate", "--content", content);

        Assert.Equal(1, code);
        Assert.Contains("bad.yml: id: 'Bad Id' must be lower-case letters, digits and dashes", error);
        Assert.Contains("bad.yml: customer_says: is required", error);
    }

    [Fact]
    public async Task Score_Json_GivesEveryStandard()
    {
        var (code, output, _) = await CliRunner.RunAsync(_work, null, "score", "--scenario", "restaurant-cold-food", "--answer", "Sorry about that, I'll get the chef to redo it.", "--json");

        Assert.Equal(0, code);
        var scores = JsonNode.Parse(output)!["scores"]!.AsArray();
        Assert.Equal(4, scores.Count);
        Assert.Equal("rubric-v2", JsonNode.Parse(output)!["scorerName"]!.GetValue<string>());
    }

    [Fact]
    public async Task Score_UnknownScenario_ExitsTwoWithTheKnownIds()
    {
        var (code, _, error) = await CliRunner.RunAsync(_work, null, "score", "--scenario", "nope", "--answer", "hi");

        Assert.Equal(2, code);
        Assert.Contains("Unknown scenario 'nope'", error);
        Assert.Contains("bank-card-swallowed", error);
    }

    [Fact]
    public async Task Eval_Json_OnTheCalibrationFile_HasTheDocumentedShape()
    {
        var (code, output, error) = await CliRunner.RunAsync(_work, null, "eval", "--file", CliRunner.CalibrationFile, "--json");

        Assert.True(code == 0, error);
        var json = JsonNode.Parse(output)!.AsObject();
        Assert.Equal(["standards", "mean_qwk"], json.Select(p => p.Key));
        var listen = json["standards"]!["listen-first"]!.AsObject();
        Assert.Equal(["n", "qwk", "exact", "within1"], listen.Select(p => p.Key));
        Assert.Equal(36, listen["n"]!.GetValue<int>());
        Assert.InRange(json["mean_qwk"]!.GetValue<double>(), 0.7, 1.0);
    }

    [Fact]
    public async Task Eval_ByLanguage_AgreesWithTheHumanLabels_InEachLanguage()
    {
        var (code, output, error) = await CliRunner.RunAsync(_work, null, "eval", "--file", CliRunner.CalibrationFile, "--by", "lang", "--json");

        Assert.True(code == 0, error);
        var byLanguage = JsonNode.Parse(output)!["by"]!["lang"]!.AsObject();
        Assert.Equal(["en", "mn", "ru"], byLanguage.Select(p => p.Key));
        Assert.All(byLanguage, language => Assert.True(language.Value!["mean_qwk"]!.GetValue<double>() >= 0.65, $"{language.Key}: {language.Value!["mean_qwk"]}"));
    }

    [Fact]
    public async Task Eval_Disagreements_ShowsTheAnswerTheSignalsAndBothScores()
    {
        var (code, output, error) = await CliRunner.RunAsync(_work, null, "eval", "--file", CliRunner.CalibrationFile, "--disagreements");

        Assert.True(code == 0, error);
        Assert.Contains("  signals: ", output);
        Assert.Matches(@"  [a-z-]+: human [0-3], scorer [0-3]; evidence: ", output);
    }

    [Fact]
    public async Task Eval_Readings_WritesEveryAnswerAsRead_OneJsonLineEach()
    {
        var readings = Path.Combine(_work, "readings.jsonl");
        var (code, _, error) = await CliRunner.RunAsync(_work, null, "eval", "--file", CliRunner.CalibrationFile, "--readings", readings);

        Assert.True(code == 0, error);
        var lines = File.ReadAllLines(readings);
        Assert.Equal(File.ReadAllLines(CliRunner.CalibrationFile).Count(l => l.Trim().Length > 0), lines.Length);
        var first = System.Text.Json.Nodes.JsonNode.Parse(lines[0])!;
        Assert.NotNull(first["signals"]!.AsArray());
        Assert.Contains("listen-first", first["scores"]!.AsObject().Select(p => p.Key));
        Assert.False(string.IsNullOrEmpty(first["answer"]!.GetValue<string>()));

        // Each signal read comes with the employee's words that show it, quoted from the answer.
        var quotes = lines.Select(l => System.Text.Json.Nodes.JsonNode.Parse(l)!)
            .SelectMany(l => l["evidence"]!.AsObject().Where(e => e.Value is not null).Select(e => (Quote: e.Value!.GetValue<string>(), Answer: l["answer"]!.GetValue<string>())))
            .ToList();
        Assert.NotEmpty(quotes);
        Assert.All(quotes, q => Assert.Contains(q.Quote, q.Answer));
    }

    [Fact]
    public async Task Eval_SignalsFrom_ScoresTheStoredReadings_WithTheRulesGivenNow()
    {
        var readings = Path.Combine(_work, "readings.jsonl");
        await CliRunner.RunAsync(_work, null, "eval", "--file", CliRunner.CalibrationFile, "--readings", readings);
        var content = Path.Combine(_work, "prompts");
        CopyDirectory(Path.Combine(CliRunner.CliDirectory, "prompts"), content);
        var standards = Path.Combine(content, "standards.yml");
        const string topOfListenFirst = "{score: 3, when: empathy and (concern or names-concern) and root-question";
        Assert.Contains(topOfListenFirst, File.ReadAllText(standards));
        File.WriteAllText(standards, File.ReadAllText(standards).Replace(topOfListenFirst, topOfListenFirst.Replace("score: 3", "score: 2", StringComparison.Ordinal), StringComparison.Ordinal));

        var (_, before, _) = await CliRunner.RunAsync(_work, null, "eval", "--file", CliRunner.CalibrationFile, "--json");
        var (_, readAgain, _) = await CliRunner.RunAsync(_work, null, "eval", "--file", CliRunner.CalibrationFile, "--content", content, "--json");
        var (code, fromReadings, error) = await CliRunner.RunAsync(_work, null, "eval", "--file", CliRunner.CalibrationFile, "--content", content, "--signals-from", readings, "--json");

        Assert.True(code == 0, error);
        Assert.Equal(readAgain, fromReadings);
        Assert.NotEqual(before, fromReadings);
    }

    [Fact]
    public async Task Eval_SignalsFrom_AFileThatLacksAnAnswer_ExitsTwo_NamingIt()
    {
        var readings = Path.Combine(_work, "readings.jsonl");
        await CliRunner.RunAsync(_work, null, "eval", "--file", CliRunner.CalibrationFile, "--readings", readings);
        File.WriteAllLines(readings, File.ReadAllLines(readings).Take(1));

        var (code, _, error) = await CliRunner.RunAsync(_work, null, "eval", "--file", CliRunner.CalibrationFile, "--signals-from", readings);

        Assert.Equal(2, code);
        Assert.Contains("has no reading of this answer", error);
    }

    [Fact]
    public async Task Eval_SignalsFrom_AFileNotWrittenByReadings_ExitsTwo_NamingTheLine()
    {
        var readings = Path.Combine(_work, "readings.jsonl");
        File.WriteAllText(readings, "{\"scenario\": \"x\"}\nnot json\n");

        var (code, _, error) = await CliRunner.RunAsync(_work, null, "eval", "--file", CliRunner.CalibrationFile, "--signals-from", readings);

        Assert.Equal(2, code);
        Assert.Contains("readings.jsonl:1: not a line written by eval --readings", error);
    }

    [Fact]
    public async Task Eval_MissingFile_ExitsTwo()
    {
        var (code, _, error) = await CliRunner.RunAsync(_work, null, "eval", "--file", Path.Combine(_work, "missing.jsonl"));

        Assert.Equal(2, code);
        Assert.Contains("No such file", error);
    }

    [Fact]
    public async Task Practice_Interactive_ScoresTheTypedAnswer_AndStoresIt()
    {
        const string input = "I'm so sorry the steak is cold after forty minutes. I'll have the chef cook both plates fresh in twelve minutes.\nprogress\nexit\n";

        var (code, output, _) = await CliRunner.RunAsync(_work, input, "practice", "restaurant");

        Assert.Equal(0, code);
        Assert.Contains("Scenario:", output);
        Assert.Contains("Your scores for", output);
        Assert.Contains("1 answer to 1 scenario", output);
        Assert.True(File.Exists(Path.Combine(_work, "data", "coachbot.db")));
    }

    public void Dispose() => Directory.Delete(_work, recursive: true);
}

using CoachBot.Core.Content;
using CoachBot.Host.Tests.Support;

namespace CoachBot.Host.Tests;

public sealed class StartupTests : IDisposable
{
    private readonly string _data = CoachBotFactory.NewDataDirectory();

    [Fact]
    public void BrokenContent_HostRefusesToStart_NamingFileFieldAndProblem()
    {
        var content = Path.Combine(_data, "prompts");
        Directory.CreateDirectory(Path.Combine(content, "scenarios"));
        File.Copy(Path.Combine(AppContext.BaseDirectory, "prompts", "standards.yml"), Path.Combine(content, "standards.yml"));
        File.WriteAllText(Path.Combine(content, "scenarios", "broken.yml"), "id: broken\ntitle: No customer words\nindustry: bank\nstep: counter\ngoal: I want help\nstandards: [listen-first]\nmodel_answer: Hello\n");
        using var factory = new CoachBotFactory(_data, content);

        var error = Assert.Throws<ContentValidationException>(() => factory.CreateClient());

        Assert.Contains(error.Problems, p => p.Path.EndsWith("broken.yml", StringComparison.Ordinal) && p.Field == "customer_says" && p.Problem == "is required");
    }

    [Fact]
    public void LlmConfigured_WithoutItsPromptFile_HostRefusesToStart()
    {
        var content = Path.Combine(_data, "prompts");
        CopyDirectory(Path.Combine(AppContext.BaseDirectory, "prompts"), content);
        File.Delete(Path.Combine(content, "llm", "score-answer.md"));
        using var factory = new CoachBotFactory(_data, content) { Settings = { ["Scoring:Llm:Endpoint"] = "http://127.0.0.1:9/v1" } };

        var error = Assert.Throws<ContentValidationException>(() => factory.CreateClient());

        Assert.Contains(error.Problems, p => p.Path.EndsWith("score-answer.md", StringComparison.Ordinal) && p.Problem == "does not exist");
    }

    [Fact]
    public void ACatalogueKeyMissingInOneLanguage_HostRefusesToStart_NamingFileAndKey()
    {
        var content = Path.Combine(_data, "prompts");
        CopyDirectory(Path.Combine(AppContext.BaseDirectory, "prompts"), content);
        var ru = Path.Combine(content, "ui", "ru.yml");
        File.WriteAllLines(ru, File.ReadAllLines(ru).Where(l => !l.StartsWith("  scores.tip:", StringComparison.Ordinal)));
        using var factory = new CoachBotFactory(_data, content);

        var error = Assert.Throws<ContentValidationException>(() => factory.CreateClient());

        Assert.Contains(error.Problems, p => p.Path == ru && p.Field == "texts.scores.tip" && p.Problem.Contains("is missing", StringComparison.Ordinal));
    }

    [Fact]
    public void ADefaultLanguageCoachBotDoesNotSpeak_HostRefusesToStart_NamingTheSetting()
    {
        using var factory = new CoachBotFactory(_data) { Settings = { ["Coaching:DefaultLanguage"] = "de" } };

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Coaching:DefaultLanguage", error.Message, StringComparison.Ordinal);
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [Fact]
    public async Task FirstRun_CreatesTheSqliteFile()
    {
        using var factory = new CoachBotFactory(Path.Combine(_data, "nested", "folder"));

        var health = await factory.CreateClient().GetStringAsync("/healthz");

        Assert.Contains("ok", health);
        Assert.True(File.Exists(factory.DatabasePath));
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);
}

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
    public async Task FirstRun_CreatesTheSqliteFile()
    {
        using var factory = new CoachBotFactory(Path.Combine(_data, "nested", "folder"));

        var health = await factory.CreateClient().GetStringAsync("/healthz");

        Assert.Contains("ok", health);
        Assert.True(File.Exists(factory.DatabasePath));
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);
}

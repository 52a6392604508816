namespace CoachBot.Cli.Tests;

public sealed class MigrateCommandTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("coachbot-cli-migrate-").FullName;

    [Fact]
    public async Task Migrate_FreshDatabase_AppliesEveryMigration_ThenHasNothingLeft()
    {
        var environment = new Dictionary<string, string> { ["Storage__SqlitePath"] = Path.Combine(_work, "coachbot.db") };

        var first = await CliRunner.RunAsync(_work, null, environment, "migrate");
        var second = await CliRunner.RunAsync(_work, null, environment, "migrate");

        Assert.Equal(0, first.ExitCode);
        Assert.Matches(@"Applied \d+ migration\(s\): \d+_InitialCreate, ", first.Out);
        Assert.True(File.Exists(Path.Combine(_work, "coachbot.db")));
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("The database is up to date", second.Out, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_work, recursive: true);
}

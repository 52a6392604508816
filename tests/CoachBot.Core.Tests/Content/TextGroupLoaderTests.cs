using CoachBot.Core.Content;

namespace CoachBot.Core.Tests.Content;

/// <summary>prompts/ui/dashboard/: the dashboard's texts, in their own file per language, merged into and checked with each catalogue.</summary>
public sealed class TextGroupLoaderTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "coachbot-ui-groups-" + Guid.NewGuid().ToString("N"));

    public TextGroupLoaderTests()
    {
        var shipped = Path.Combine(AppContext.BaseDirectory, "prompts");
        foreach (var file in Directory.EnumerateFiles(shipped, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_dir, Path.GetRelativePath(shipped, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [Fact]
    public void ShippedDashboardTexts_AreInEveryCatalogue()
    {
        var texts = ContentLoader.Load(_dir).Texts;

        Assert.Equal("Стандарты", texts.For("ru").Text("dashboard.section.standards"));
        Assert.Equal("Стандартууд", texts.For("mn").Text("dashboard.section.standards"));
        Assert.Equal("Standards", texts.For("en").Text("dashboard.section.standards"));
        Assert.Equal("Нэвтрэх", texts.For("mn").Text("dashboard.signin.title"));
    }

    [Fact]
    public void ADashboardKeyMissingInOneLanguage_IsALoadError_NamingTheDashboardFile()
    {
        var mn = Path.Combine(_dir, "ui", "dashboard", "mn.yml");
        File.WriteAllLines(mn, File.ReadAllLines(mn).Where(l => !l.StartsWith("  dashboard.section.teams:", StringComparison.Ordinal)));

        var error = Assert.Throws<ContentValidationException>(() => ContentLoader.Load(_dir));

        var problem = Assert.Single(error.Problems);
        Assert.Equal(mn, problem.Path);
        Assert.Equal("texts.dashboard.section.teams", problem.Field);
        Assert.Contains("is missing", problem.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingDashboardFile_AKeyOutsideTheGroup_AndAPlaceholderMismatch_AreLoadErrors()
    {
        File.Delete(Path.Combine(_dir, "ui", "dashboard", "mn.yml"));
        var ru = Path.Combine(_dir, "ui", "dashboard", "ru.yml");
        File.WriteAllText(ru, File.ReadAllText(ru)
            .Replace("Команда «{team}»", "Команда «{tem}»", StringComparison.Ordinal)
            .Replace("texts:\n", "texts:\n  help.elsewhere: Привет\n", StringComparison.Ordinal));

        var error = Assert.Throws<ContentValidationException>(() => ContentLoader.Load(_dir));

        Assert.Contains(error.Problems, p => p.Path.EndsWith(Path.Combine("dashboard", "mn.yml"), StringComparison.Ordinal) && p.Field == "(file)");
        Assert.Contains(error.Problems, p => p.Path == ru && p.Field == "texts.dashboard.scope.team" && p.Problem.Contains("{tem}", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Path == ru && p.Field == "texts.help.elsewhere" && p.Problem.Contains("must start with 'dashboard.'", StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}

using System.Text.RegularExpressions;
using CoachBot.Core.Content;

namespace CoachBot.Core.Tests.Content;

/// <summary>prompts/ui/: one catalogue per language, checked against English when the content loads.</summary>
public sealed partial class TextLoaderTests : IDisposable
{
    private static readonly string Shipped = Path.Combine(AppContext.BaseDirectory, "prompts");
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "coachbot-ui-" + Guid.NewGuid().ToString("N"));

    public TextLoaderTests() => CopyDirectory(Shipped, _dir);

    [Fact]
    public void ShippedCatalogues_Load_InEnglishRussianAndMongolian_WithTheSameKeys()
    {
        var texts = ContentLoader.Load(Shipped).Texts;

        Assert.Equal(["en", "mn", "ru"], texts.All.Select(c => c.Code).Order());
        var english = texts.For("en");
        foreach (var catalogue in texts.All)
        {
            Assert.Equal(english.Texts.Keys.Order(), catalogue.Texts.Keys.Order());
            Assert.Equal(english.PluralTexts.Keys.Order(), catalogue.PluralTexts.Keys.Order());
        }

        Assert.Equal("Помощь", texts.For("ru").Commands["help"][0][..1].ToUpperInvariant() + texts.For("ru").Commands["help"][0][1..]);
        Assert.NotEqual(english.Text("help.intro"), texts.For("mn").Text("help.intro"));
    }

    [Fact]
    public void EveryKeyTheCodeUses_IsInTheCatalogue()
    {
        var english = ContentLoader.Load(Shipped).Texts.For("en");
        var source = Path.Combine(RepositoryRoot(), "src");
        var used = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => KeyUse().Matches(File.ReadAllText(f)).Select(m => (m.Groups[1].Value, m.Groups[2].Value)))
            .ToList();

        Assert.NotEmpty(used);
        Assert.All(used, u => Assert.True(u.Item1 == "Count" ? english.PluralTexts.ContainsKey(u.Item2) : english.Texts.ContainsKey(u.Item2), $"{u.Item2} is used but not in en.yml"));
    }

    [Fact]
    public void AKeyMissingInOneLanguage_IsALoadError_NamingTheFileAndTheKey()
    {
        var mn = Path.Combine(_dir, "ui", "mn.yml");
        File.WriteAllLines(mn, File.ReadAllLines(mn).Where(l => !l.StartsWith("  button.next:", StringComparison.Ordinal)));

        var error = Assert.Throws<ContentValidationException>(() => ContentLoader.Load(_dir));

        var problem = Assert.Single(error.Problems);
        Assert.Equal(mn, problem.Path);
        Assert.Equal("texts.button.next", problem.Field);
        Assert.Contains("is missing (en.yml has it)", problem.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void APlaceholderMismatch_AnUnknownKey_AndMissingPluralForms_AreLoadErrors()
    {
        var ru = Path.Combine(_dir, "ui", "ru.yml");
        File.WriteAllText(ru, File.ReadAllText(ru)
            .Replace("Я не знаю команды «{command}».", "Я не знаю команды «{comand}».", StringComparison.Ordinal)
            .Replace("    few: \"{n} ответа\"\n", "", StringComparison.Ordinal)
            .Replace("texts:\n", "texts:\n  only.in-russian: Привет\n", StringComparison.Ordinal));

        var error = Assert.Throws<ContentValidationException>(() => ContentLoader.Load(_dir));

        Assert.Contains(error.Problems, p => p.Path == ru && p.Field == "texts.error.unknown-command" && p.Problem.Contains("{comand}", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Path == ru && p.Field == "texts.progress.answers" && p.Problem.Contains("one, few, many", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Path == ru && p.Field == "texts.only.in-russian" && p.Problem.Contains("not in en.yml", StringComparison.Ordinal));
    }

    [Fact]
    public void AMissingCatalogue_AWordForTwoCommands_AndABadPluralRule_AreLoadErrors()
    {
        File.Delete(Path.Combine(_dir, "ui", "mn.yml"));
        var ru = Path.Combine(_dir, "ui", "ru.yml");
        File.WriteAllText(ru, File.ReadAllText(ru)
            .Replace("  stop: [стоп,", "  stop: [next, стоп,", StringComparison.Ordinal)
            .Replace("n % 10 = 2..4 and", "n % ten = 2..4 and", StringComparison.Ordinal));

        var error = Assert.Throws<ContentValidationException>(() => ContentLoader.Load(_dir));

        Assert.Contains(error.Problems, p => p.Path.EndsWith("mn.yml", StringComparison.Ordinal) && p.Problem.Contains("'mn' is a language", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Path == ru && p.Field == "plurals.few");
        Assert.Contains(error.Problems, p => p.Path == ru && p.Field == "commands.stop" && p.Problem.Contains("'next' is already the command 'next'", StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CoachBot.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("CoachBot.sln not found above the test's folder");
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

    [GeneratedRegex("""\.(Text|Count)\("([a-z][a-z0-9.-]*)"[,)]""")]
    private static partial Regex KeyUse();
}

using CoachBot.Core.Content;

namespace CoachBot.Core.Tests.Content;

public sealed class ContentLoaderTests : IDisposable
{
    private static readonly string Shipped = Path.Combine(AppContext.BaseDirectory, "prompts");
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "coachbot-content-" + Guid.NewGuid().ToString("N"));

    public ContentLoaderTests()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "scenarios"));
        File.Copy(Path.Combine(Shipped, "standards.yml"), Path.Combine(_dir, "standards.yml"));
        foreach (var file in Directory.GetFiles(Path.Combine(Shipped, "scenarios")))
        {
            File.Copy(file, Path.Combine(_dir, "scenarios", Path.GetFileName(file)));
        }

        foreach (var folder in new[] { "languages", "ui" })
        {
            Directory.CreateDirectory(Path.Combine(_dir, folder));
            foreach (var file in Directory.GetFiles(Path.Combine(Shipped, folder)))
            {
                File.Copy(file, Path.Combine(_dir, folder, Path.GetFileName(file)));
            }
        }
    }

    [Fact]
    public void ASignalThatNeedsNoPhraseAtAll_IsRefused_NamingTheField()
    {
        var path = Path.Combine(_dir, "languages", "en.yml");
        File.WriteAllText(path, File.ReadAllText(path).Replace("  stock-phrases:\n    negatable: false\n    at_least: 3\n", "  stock-phrases:\n    negatable: false\n    at_least: 0\n", StringComparison.Ordinal));

        var error = Assert.Throws<ContentValidationException>(() => ContentLoader.Load(_dir, minScenariosPerStandard: 0));

        Assert.Contains(error.Problems, p => p.Path == path && p.Field == "signals.stock-phrases.at_least" && p.Problem.Contains("1 or more", StringComparison.Ordinal));
    }

    [Fact]
    public void AKeyWrittenTwice_IsRefused_NotSilentlyReadAsItsLastValue()
    {
        var path = Path.Combine(_dir, "languages", "ru.yml");
        File.WriteAllText(path, File.ReadAllText(path).Replace("\nchat:\n", "\nchat:\n  спс: спасибо\n", StringComparison.Ordinal));

        var error = Assert.Throws<ContentValidationException>(() => ContentLoader.Load(_dir, minScenariosPerStandard: 0));

        Assert.Contains(error.Problems, p => p.Path == path && p.Problem.Contains("duplicate key спс", StringComparison.Ordinal));
    }

    [Fact]
    public void ALetterFoldedIntoMoreThanOneLetter_IsRefused_NamingTheField()
    {
        var path = Path.Combine(_dir, "languages", "mn.yml");
        File.WriteAllText(path, File.ReadAllText(path).Replace("folds: {ү: у, ө: о}", "folds: {ү: у, ө: оо}", StringComparison.Ordinal));

        var error = Assert.Throws<ContentValidationException>(() => ContentLoader.Load(_dir, minScenariosPerStandard: 0));

        Assert.Contains(error.Problems, p => p.Path == path && p.Field == "folds.ө" && p.Problem.Contains("one letter to one letter", StringComparison.Ordinal));
    }

    [Fact]
    public void AChatSpellingReadOnlyBeforeNoWords_IsRefused_NamingTheField()
    {
        var path = Path.Combine(_dir, "languages", "en.yml");
        var text = File.ReadAllText(path);
        var start = text.IndexOf("    before: [pay,", StringComparison.Ordinal);
        File.WriteAllText(path, text[..start] + "    before: []\n" + text[(text.IndexOf("]", start, StringComparison.Ordinal) + 2)..]);

        var error = Assert.Throws<ContentValidationException>(() => ContentLoader.Load(_dir, minScenariosPerStandard: 0));

        Assert.Contains(error.Problems, p => p.Path == path && p.Field == "chat_before.well.before" && p.Problem.Contains("lists no words", StringComparison.Ordinal));
    }

    [Fact]
    public void AnOtherLanguagesWordThatIsAlsoAMarker_IsRefused_NamingTheWord()
    {
        var path = Path.Combine(_dir, "languages", "en.yml");
        File.WriteAllText(path, File.ReadAllText(path).Replace("other_words: [", "other_words: [thanks, ", StringComparison.Ordinal));

        var error = Assert.Throws<ContentValidationException>(() => ContentLoader.Load(_dir, minScenariosPerStandard: 0));

        Assert.Contains(error.Problems, p => p.Path == path && p.Field == "other_words" && p.Problem.EndsWith(": thanks", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("  kh: х\n", "  kh: ххх\n", "latin.kh", "one to 2 letters")]
    [InlineData("  kh: х\n", "  kh: х\n  щ: щ\n", "latin.щ", "Latin letters")]
    [InlineData("  a: а\n", "", "latin", "group of its own")]
    public void ALatinSpellingThatCannotReadEveryWord_IsRefused_NamingTheField(string line, string replacement, string field, string problem)
    {
        var path = Path.Combine(_dir, "languages", "mn.yml");
        File.WriteAllText(path, File.ReadAllText(path).Replace(line, replacement, StringComparison.Ordinal));

        var error = Assert.Throws<ContentValidationException>(() => ContentLoader.Load(_dir, minScenariosPerStandard: 0));

        Assert.Contains(error.Problems, p => p.Path == path && p.Field == field && p.Problem.Contains(problem, StringComparison.Ordinal));
    }

    [Fact]
    public void APatternThatReadsOnlyOneDigitNumbersAtItsEnd_IsRefused_NamingTheField()
    {
        var path = Path.Combine(_dir, "languages", "mn.yml");
        File.WriteAllText(path, File.ReadAllText(path).Replace(@"""удаад (?:л )?(?:\\d+|", @"""удаад (?:л )?(?:\\d|", StringComparison.Ordinal));

        var error = Assert.Throws<ContentValidationException>(() => ContentLoader.Load(_dir, minScenariosPerStandard: 0));

        Assert.Contains(error.Problems, p => p.Path == path && p.Field == "signals.margin.patterns" && p.Problem.Contains("one-digit numbers", StringComparison.Ordinal));
    }

    [Fact]
    public void AFrontlineStandardWithoutScoring_IsRefused_NamingTheStandard()
    {
        var path = Path.Combine(_dir, "standards.yml");
        File.AppendAllText(path, "  - id: smile-more\n    name: Smile more\n    summary: s\n    levels: {0: a, 1: b, 2: c, 3: d}\n");

        var error = Assert.Throws<ContentValidationException>(() => ContentLoader.Load(_dir, minScenariosPerStandard: 0));

        Assert.Contains(error.Problems, p => p.Path == path && p.Problem.Contains("'smile-more' has no scoring rules", StringComparison.Ordinal));
    }

    [Fact]
    public void AStandardWithItsOwnSignal_IsScoredOffline_OnceEveryLanguageSaysHowToFindIt()
    {
        var standards = Path.Combine(_dir, "standards.yml");
        File.WriteAllText(standards, File.ReadAllText(standards).Replace("signals:\n", "signals:\n  smile: Mentions a smile.\n", StringComparison.Ordinal)
            + "  - id: smile-more\n    name: Smile more\n    summary: s\n    levels: {0: a, 1: b, 2: c, 3: d}\n    scoring:\n      - {score: 3, when: smile}\n      - {score: 0, when: always}\n");

        var missing = Assert.Throws<ContentValidationException>(() => ContentLoader.Load(_dir, minScenariosPerStandard: 0));
        Assert.Contains(missing.Problems, p => p.Field == "signals.smile" && p.Problem.Contains("cannot read it", StringComparison.Ordinal));

        foreach (var language in Directory.GetFiles(Path.Combine(_dir, "languages")))
        {
            var text = File.ReadAllText(language);
            File.WriteAllText(language, text.Replace("\nsignals:\n", "\nsignals:\n  smile:\n    patterns: [\"smil~\", \"улыб~\", \"инээмсэгл~\"]\n", StringComparison.Ordinal)
                .Replace("\ncoaching:\n", "\ncoaching:\n  smile: {missing: no smile, tip: smile}\n", StringComparison.Ordinal));
        }

        var pack = ContentLoader.Load(_dir, minScenariosPerStandard: 0);
        var scenario = pack.FindScenario("bank-card-swallowed")! with { Standards = ["smile-more"] };
        var scorer = new CoachBot.Core.Scoring.RubricAnswerScorer(pack);
        Assert.Equal(3, scorer.Score(scenario, "I'll block your card now, with a smile.").ScoreOf("smile-more"));
        Assert.Equal(0, scorer.Score(scenario, "I'll block your card now.").ScoreOf("smile-more"));
    }

    [Theory]
    [InlineData("when: thanks and check-back and telepathy}", "'telepathy', which is not declared")]
    [InlineData("when: thanks and (check-back and touchpoint}", "a '(' is not closed")]
    [InlineData("when: thanks and and check-back and touchpoint}", "unexpected 'and'")]
    public void ASignalNobodyDeclared_OrABadCondition_IsReported(string when, string problem)
    {
        var path = Path.Combine(_dir, "standards.yml");
        File.WriteAllText(path, File.ReadAllText(path).Replace("when: thanks and check-back and touchpoint}", when, StringComparison.Ordinal));

        var error = Assert.Throws<ContentValidationException>(() => ContentLoader.Load(_dir));

        Assert.Contains(error.Problems, p => p.Path == path && p.Field.StartsWith("standards[3].scoring", StringComparison.Ordinal) && p.Problem.Contains(problem, StringComparison.Ordinal));
    }

    [Fact]
    public void ShippedPack_Loads_WithEveryFrontlineStandardAssessedByFiveScenarios()
    {
        var pack = ContentLoader.Load(Shipped);

        Assert.True(pack.Scenarios.Count >= 12);
        Assert.Equal(["listen-first", "set-expectations", "own-the-need", "follow-up"], pack.FrontlineStandards.Select(s => s.Id));
        Assert.All(pack.FrontlineStandards, s => Assert.True(pack.Scenarios.Count(sc => sc.Assesses(s.Id)) >= 5, s.Id));
        foreach (var industry in new[] { "bank", "restaurant", "dental clinic", "optician" })
        {
            Assert.Contains(pack.Scenarios, s => s.Industry == industry);
        }
    }

    [Fact]
    public void MissingField_IsReportedWithPathFieldAndProblem()
    {
        var path = Path.Combine(_dir, "scenarios", "bank-card-swallowed.yml");
        File.WriteAllLines(path, File.ReadAllLines(path).Where(l => !l.StartsWith("goal:", StringComparison.Ordinal)));

        var error = Assert.Throws<ContentValidationException>(() => ContentLoader.Load(_dir));

        var problem = Assert.Single(error.Problems);
        Assert.Equal(path, problem.Path);
        Assert.Equal("goal", problem.Field);
        Assert.Equal("is required", problem.Problem);
    }

    [Fact]
    public void UnknownStandard_AndBadYaml_AreBothReported()
    {
        File.WriteAllText(Path.Combine(_dir, "scenarios", "x-unknown.yml"),
            "id: x-unknown\ntitle: T\nindustry: bank\nstep: s\ngoal: g\ncustomer_says: c\nstandards: [smile-more]\nmodel_answer: m\n");
        File.WriteAllText(Path.Combine(_dir, "scenarios", "y-bad.yml"), "id: [unclosed\n");

        var error = Assert.Throws<ContentValidationException>(() => ContentLoader.Load(_dir));

        Assert.Contains(error.Problems, p => p.Path.EndsWith("x-unknown.yml", StringComparison.Ordinal) && p.Field == "standards" && p.Problem.Contains("'smile-more' is not a standard", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Path.EndsWith("y-bad.yml", StringComparison.Ordinal) && p.Field.StartsWith("line ", StringComparison.Ordinal));
    }

    [Fact]
    public void TooFewScenariosForAStandard_IsReported()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(_dir, "scenarios")).Order().Skip(3))
        {
            File.Delete(file);
        }

        var error = Assert.Throws<ContentValidationException>(() => ContentLoader.Load(_dir));

        Assert.Contains(error.Problems, p => p.Field == "standards.listen-first" && p.Problem.Contains("at least 5", StringComparison.Ordinal));
    }

    [Fact]
    public void AManagerScenarioAssessingAFrontlineStandard_IsRefused_AndSoIsTheReverse()
    {
        var manager = Path.Combine(_dir, "scenarios", "manager-new-waiter-after-complaints.yml");
        File.WriteAllText(manager, File.ReadAllText(manager).Replace("standards: [measurable-standards, employees-first]", "standards: [measurable-standards, listen-first]", StringComparison.Ordinal));
        var frontline = Path.Combine(_dir, "scenarios", "bank-card-swallowed.yml");
        File.WriteAllText(frontline, File.ReadAllText(frontline).Replace("standards: [listen-first,", "standards: [employees-first, listen-first,", StringComparison.Ordinal));

        var error = Assert.Throws<ContentValidationException>(() => ContentLoader.Load(_dir));

        Assert.Contains(error.Problems, p => p.Path == manager && p.Field == "standards"
            && p.Problem == "'listen-first' is a frontline standard; a manager scenario assesses manager standards only");
        Assert.Contains(error.Problems, p => p.Path == frontline && p.Field == "standards"
            && p.Problem == "'employees-first' is a manager standard; a frontline scenario assesses frontline standards only");
    }

    [Fact]
    public void AManagerStandardWithoutScoring_OrWithTooFewManagerScenarios_IsRefused()
    {
        var path = Path.Combine(_dir, "standards.yml");
        File.AppendAllText(path, "  - id: coach-daily\n    name: Coach daily\n    audience: manager\n    summary: s\n    levels: {0: a, 1: b, 2: c, 3: d}\n");

        var error = Assert.Throws<ContentValidationException>(() => ContentLoader.Load(_dir));

        Assert.Contains(error.Problems, p => p.Path == path && p.Problem.Contains("'coach-daily' has no scoring rules", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Field == "standards.coach-daily" && p.Problem.Contains("0 manager scenario(s); at least 3", StringComparison.Ordinal));
    }

    [Fact]
    public void DuplicateScenarioId_IsReported()
    {
        File.Copy(Path.Combine(_dir, "scenarios", "bank-card-swallowed.yml"), Path.Combine(_dir, "scenarios", "zz-copy.yml"));

        var error = Assert.Throws<ContentValidationException>(() => ContentLoader.Load(_dir));

        Assert.Contains(error.Problems, p => p.Path.EndsWith("zz-copy.yml", StringComparison.Ordinal) && p.Problem.Contains("already used", StringComparison.Ordinal));
    }

    [Fact]
    public void ShippedTranslations_Load_AndEveryScenarioIsWrittenInEveryLanguage()
    {
        var pack = ContentLoader.Load(Shipped);

        var card = pack.FindScenario("bank-card-swallowed")!;
        Assert.Equal(["mn", "ru"], card.Translations.Keys.Order());
        Assert.Contains("Это", pack.FindScenario("restaurant-cold-food")!.In("ru").ModelAnswer, StringComparison.Ordinal);
        Assert.Equal("bank", card.In("mn").Industry);
        Assert.NotEqual(card.Title, card.In("ru").Title);
        Assert.Same(card, card.In("de"));
        Assert.NotEqual("Listen first", pack.FindStandard("listen-first")!.In("ru").Name);
        Assert.Empty(pack.MissingTranslations());
    }

    [Fact]
    public void AScenarioNotYetTranslated_IsListed_AndABadTranslationIsReported()
    {
        var ru = Path.Combine(_dir, "translations", "ru", "scenarios");
        Directory.CreateDirectory(ru);
        File.WriteAllText(Path.Combine(ru, "bank-card-swallowed.yml"),
            "id: bank-card-swallowed\ntitle: Банкомат съел карту\nstep: у банкомата\ngoal: Хочу, чтобы деньги были в безопасности\ncustomer_says: Банкомат забрал карту.\nmodel_answer: Понимаю.\n");
        var pack = ContentLoader.Load(_dir);
        Assert.Contains(("hotel-room-not-ready", "ru"), pack.MissingTranslations());
        Assert.DoesNotContain(("bank-card-swallowed", "ru"), pack.MissingTranslations());

        File.WriteAllText(Path.Combine(ru, "no-such.yml"), "id: no-such\ntitle: t\nstep: s\ngoal: g\ncustomer_says: c\nmodel_answer: m\n");
        File.WriteAllText(Path.Combine(ru, "hotel-room-not-ready.yml"), "id: hotel-room-not-ready\ntitle: t\nindustry: hotel\n");
        Directory.CreateDirectory(Path.Combine(_dir, "translations", "de"));

        var error = Assert.Throws<ContentValidationException>(() => ContentLoader.Load(_dir));

        Assert.Contains(error.Problems, p => p.Path.EndsWith("no-such.yml", StringComparison.Ordinal) && p.Problem.Contains("'no-such' is not a scenario", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Path.EndsWith("hotel-room-not-ready.yml", StringComparison.Ordinal) && p.Field == "goal");
        Assert.Contains(error.Problems, p => p.Path.EndsWith("hotel-room-not-ready.yml", StringComparison.Ordinal) && p.Field == "industry");
        Assert.Contains(error.Problems, p => p.Path.EndsWith("de", StringComparison.Ordinal) && p.Problem.Contains("'de' is not a language", StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}

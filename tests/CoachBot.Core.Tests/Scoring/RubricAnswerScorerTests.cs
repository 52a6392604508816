using CoachBot.Core.Content;
using CoachBot.Core.Scoring;

namespace CoachBot.Core.Tests.Scoring;

public sealed class RubricAnswerScorerTests
{
    private static readonly ContentPack Pack = ContentLoader.Load(Path.Combine(AppContext.BaseDirectory, "prompts"));
    private static readonly Scenario Card = Pack.FindScenario("bank-card-swallowed")!;
    private readonly RubricAnswerScorer _scorer = new(Pack);

    [Fact]
    public void SameInput_SameOutput()
    {
        const string answer = "Sorry about that. Someone will get back to you soon.";

        var first = _scorer.Score(Card, answer);
        var second = _scorer.Score(Card, answer);

        Assert.Equal(first.Scores.Select(s => (s.StandardId, s.Score, string.Join("|", s.Evidence))), second.Scores.Select(s => (s.StandardId, s.Score, string.Join("|", s.Evidence))));
    }

    [Fact]
    public void DeflectingAnswer_ScoresZeroOnOwnTheNeed_WithTheDeflectionQuoted()
    {
        var result = _scorer.Score(Card, "Cards swallowed by the machine are handled centrally. You'll have to call head office.");

        var own = result.Scores.Single(s => s.StandardId == "own-the-need");
        Assert.Equal(0, own.Score);
        Assert.Contains(own.Evidence, e => e.Contains("You'll have to call head office", StringComparison.Ordinal));
        Assert.NotNull(own.Tip);
    }

    [Theory]
    [InlineData("Thank you for choosing our bank! New cards are issued within 5 working days at the latest, and you can order one in our app. Have a nice day!")]
    [InlineData("Спасибо, что выбрали наш банк! Новая карта выпускается не позднее чем за 5 рабочих дней, заказать её можно в приложении. Хорошего дня!")]
    [InlineData("Манай банкийг сонгосонд баярлалаа! Шинэ карт хамгийн удаадаа 5 ажлын өдөрт гарна, аппаас захиалж болно. Сайхан өдөр өнгөрүүлээрэй!")]
    public void AStockAnswerPastedIn_ScoresZero_EvenWhenItMentionsTheScenariosWords_ButItsThanksStillCounts(string answer)
    {
        var result = _scorer.Score(Card, answer);

        Assert.Equal(0, result.ScoreOf("listen-first"));
        Assert.Equal(0, result.ScoreOf("set-expectations"));
        Assert.Equal(0, result.ScoreOf("own-the-need"));
        Assert.Equal(1, result.ScoreOf("follow-up"));
    }

    [Fact]
    public void GenericApologyAndSoon_ScoreOne()
    {
        var result = _scorer.Score(Card, "Sorry for the inconvenience. It should be sorted soon.");

        Assert.Equal(1, result.ScoreOf("listen-first"));
        Assert.Equal(1, result.ScoreOf("set-expectations"));
    }

    [Theory]
    [InlineData("That's our mistake, the machine should never have kept it. We can print you a new card at the branch desk.")]
    [InlineData("Карта застряла по нашей вине, это наш промах. Новую карту можно напечатать прямо у нас в отделении.")]
    [InlineData("Thanks for telling us. I'll ring you on Wednesday morning to check the new card has arrived.")]
    public void TheMistakeOwnedWithAWayThrough_OrTheLoopClosedWithTheCustomer_ServesTheirGoal(string answer)
    {
        Assert.Equal(2, _scorer.Score(Card, answer).ScoreOf("own-the-need"));
    }

    [Fact]
    public void PromiseOutsideYourControl_ScoresZeroOnSetExpectations()
    {
        var result = _scorer.Score(Card, "Your new card will definitely arrive tomorrow by 9 am, guaranteed.");

        Assert.Equal(0, result.ScoreOf("set-expectations"));
    }

    [Fact]
    public void ThanksWithoutCheckBack_ScoresOneOnFollowUp_AndWithCheckBackAndFeedback_Three()
    {
        Assert.Equal(1, _scorer.Score(Card, "Thank you for telling us.").ScoreOf("follow-up"));
        Assert.Equal(3, _scorer.Score(Card, "Thank you for telling us. I'll call you on Wednesday to check the card arrived, and I'd value your feedback.").ScoreOf("follow-up"));
    }

    [Fact]
    public void NotAssessedStandard_HasNullScore()
    {
        var room = Pack.FindScenario("meeting-room-double-booked")!;

        var result = _scorer.Score(room, "I'll put you in the boardroom now.");

        Assert.Null(result.ScoreOf("set-expectations"));
        Assert.Null(result.ScoreOf("follow-up"));
        Assert.NotNull(result.ScoreOf("own-the-need"));
    }

    [Fact]
    public void EveryModelAnswer_InEveryLanguageItShipsIn_ScoresThree_OnEveryStandardItsScenarioAssesses()
    {
        var written = Pack.AllScenarios
            .SelectMany(scenario => scenario.Translations.Keys.Select(scenario.In).Prepend(scenario))
            .ToList();

        var below = written
            .SelectMany(scenario => scenario.Standards.Select(id => (scenario, id, Assessment: _scorer.Score(scenario, scenario.ModelAnswer!))))
            .Where(x => x.Assessment.ScoreOf(x.id) != 3)
            .Select(x => $"{x.scenario.Id} ({x.Assessment.Language}) {x.id}: {x.Assessment.ScoreOf(x.id)}")
            .ToList();

        Assert.Equal(Pack.AllScenarios.Count * 3, written.Count);
        Assert.Contains(written, s => s.IsForManagers && s.Translations.ContainsKey("mn"));
        Assert.True(Pack.Scenarios.Count >= 60, $"{Pack.Scenarios.Count} scenarios");
        Assert.Empty(below);
    }

    [Fact]
    public void AnAnswerTypedWithNoBreakSpaces_ScoresAsWithPlainSpaces()
    {
        var modelAnswers = Pack.AllScenarios.SelectMany(scenario => scenario.Translations.Keys.Select(scenario.In).Prepend(scenario));
        foreach (var scenario in modelAnswers)
        {
            var typed = scenario.ModelAnswer!.Replace(". ", ".\u00a0", StringComparison.Ordinal).Replace(", ", ",\u202f", StringComparison.Ordinal).Replace(" ", "\u3000", StringComparison.Ordinal);

            var plain = _scorer.Score(scenario, scenario.ModelAnswer!).Scores.Select(s => (s.StandardId, s.Score));
            var spaced = _scorer.Score(scenario, typed).Scores.Select(s => (s.StandardId, s.Score));

            Assert.Equal(plain, spaced);
        }
    }

    [Theory]
    [InlineData("Just tell them to follow the rules.")]
    [InlineData("Просто скажу им соблюдать правила.")]
    [InlineData("Зүгээр л дүрмээ дагаарай гэж хэлнэ.")]
    [InlineData("I'll give Sam a written warning in front of the whole team and tell everyone to try harder.")]
    public void AWeakManagerAnswer_ScoresLow_OnTheManagerStandards_AndTheFrontlineOnesAreNotScored(string answer)
    {
        var scenario = Pack.FindScenario("manager-new-waiter-after-complaints")!;

        var result = _scorer.Score(scenario, answer);

        Assert.Equal(0, result.ScoreOf("measurable-standards"));
        Assert.Equal(0, result.ScoreOf("employees-first"));
        Assert.DoesNotContain(result.Scores, s => Pack.FindStandard(s.StandardId)!.IsFrontline);
    }

    [Fact]
    public void AFrontlineScenario_IsNeverScoredOnAManagerStandard()
    {
        var result = _scorer.Score(Card, Pack.FindScenario("manager-new-waiter-after-complaints")!.ModelAnswer!);

        Assert.Equal(["listen-first", "set-expectations", "own-the-need", "follow-up"], result.Scores.Select(s => s.StandardId));
    }

    [Fact]
    public void EvidenceIsQuotedFromTheAnswer()
    {
        const string answer = "That's so frustrating, with your trip on Thursday! Is your money the main worry? I'll block the card right now.";

        var result = _scorer.Score(Card, answer);

        Assert.All(result.Scores.SelectMany(s => s.Evidence), e => Assert.Contains(e, answer, StringComparison.Ordinal));
    }

    [Fact]
    public void EachStandardQuotes_OnlyTheWordsBehindItsOwnScore()
    {
        const string answer = "Your card kept by the machine right before your trip abroad, that's awful. I'll call you at 4 pm today with the news.";

        var result = _scorer.Score(Card, answer);

        Assert.Equal(["Your card kept by the machine right before your trip abroad, that's awful"], result.Scores.Single(s => s.StandardId == "listen-first").Evidence);
        Assert.Equal(["I'll call you at 4 pm today with the news"], result.Scores.Single(s => s.StandardId == "set-expectations").Evidence);
    }

    [Theory]
    [InlineData("Empathy, root question, timeline with margin, ownership, thanks, check-back.", "listen-first", "no-message")]
    [InlineData("Dear [Name], sorry about your [issue]. Fixed within [X] days.", "own-the-need", "no-message")]
    [InlineData("You should have checked your PIN. Order a new card in the app.", "listen-first", "dismissal")]
    public void AZero_IsCoachedOnWhatZeroedIt_NotOnTheFirstThingTheTopLevelWants(string answer, string standard, string reason)
    {
        var result = _scorer.Score(Card, answer).Scores.Single(s => s.StandardId == standard);

        Assert.Equal(0, result.Score);
        Assert.Equal(Pack.Languages.Single(l => l.Code == "en").Coaching[reason].Missing, result.Missing);
    }
}

using System.Text.Json.Nodes;
using CoachBot.Core.Content;
using CoachBot.Host.Tests.Support;

namespace CoachBot.Host.Tests.Channels.BotFramework;

/// <summary>
/// A Bot Framework client's locale, or a person's own choice, decides the language of everything CoachBot says;
/// the answer's own language decides how it is scored.
/// </summary>
public sealed class LanguageTests : IDisposable
{
    private static readonly ContentPack Content = ContentLoader.Load(Path.Combine(AppContext.BaseDirectory, "prompts"));
    private readonly string _data = CoachBotFactory.NewDataDirectory();

    [Theory]
    [InlineData("ru-RU", "ru", "помощь", "тренировка банк", "Я CoachBot", "Сфера", "Показать образец", "Ваши баллы", "Совет:")]
    [InlineData("mn-MN", "mn", "тусламж", "дасгал банк", "Би CoachBot", "Салбар", "Жишээ хариулт харах", "Таны оноо", "Зөвлөгөө:")]
    public async Task AClientsLocale_GetsHelpScenarioAndCoachingInItsLanguage_AndTheModelAnswerScoresThrees(
        string locale, string language, string help, string practice, string intro, string industryHeading, string modelAnswerButton, string scoresHeading, string tip)
    {
        using var factory = new CoachBotFactory(_data);
        var client = factory.CreateClient();

        var helped = await client.SendAsync(Say(help, locale));
        Assert.StartsWith(intro, Activities.TextOf(helped[0]), StringComparison.Ordinal);
        Assert.Equal(locale, helped[0]!["locale"]!.GetValue<string>());

        var scenario = await client.SendAsync(Say(practice, locale));
        var id = factory.Strings("SELECT OpenScenarioId FROM dialog_states").Single();
        var written = Content.FindScenario(id)!.In(language);
        Assert.Equal("bank", written.Industry);
        Assert.Contains(written.CustomerSays, Activities.TextOf(scenario[0]), StringComparison.Ordinal);
        var card = scenario[0]!["attachments"]![0]!["content"]!;
        Assert.Equal(written.Title, card["body"]![0]!["text"]!.GetValue<string>());
        Assert.Equal(industryHeading, card["body"]![1]!["facts"]![0]!["title"]!.GetValue<string>());
        Assert.Contains(card["actions"]!.AsArray(), a => a!["title"]!.GetValue<string>() == modelAnswerButton);
        Assert.Contains(Content.FindStandard("listen-first")!.In(language).Name, Activities.TextOf(scenario[0]), StringComparison.Ordinal);

        var weak = await client.SendAsync(Say(language == "ru" ? "Карта застряла, такое бывает. Закажите новую в приложении." : "Карт гацдаг л юм. Аппликейшнээр шинэ карт захиалаарай.", locale));
        var coaching = Activities.TextOf(weak[0]);
        Assert.Contains(tip, coaching, StringComparison.Ordinal);
        Assert.Equal(scoresHeading, weak[0]!["attachments"]![0]!["content"]!["body"]![0]!["text"]!.GetValue<string>()[..scoresHeading.Length]);
        Assert.DoesNotContain("Tip:", coaching, StringComparison.Ordinal);

        var strong = await client.SendAsync(Say(written.ModelAnswer!, locale));
        var scores = strong[0]!["value"]!["scores"]!.AsObject();
        Assert.All(scores.Where(s => written.Assesses(s.Key)), s => Assert.Equal(3, s.Value!.GetValue<int>()));
        Assert.Equal(written.ModelAnswer, factory.Strings("SELECT Answer FROM attempts ORDER BY CreatedAtUtc DESC LIMIT 1").Single());
    }

    [Fact]
    public async Task LanguageMn_SwitchesAPerson_AndIsRememberedAcrossTurns_OverTheirPlatformsLocale()
    {
        using var factory = new CoachBotFactory(_data);
        var client = factory.CreateClient();

        var switched = await client.SendAsync(Say("language mn", "en-GB"));
        Assert.Equal("Одоогоос эхлэн би тантай монголоор ярина.", Activities.TextOf(switched[0]));

        var help = await client.SendAsync(Say("help", "en-GB"));
        Assert.StartsWith("Би CoachBot", Activities.TextOf(help[0]), StringComparison.Ordinal);
        var progress = await client.SendAsync(Say("progress", "en-GB"));
        Assert.Contains("дасгал хийгээгүй", Activities.TextOf(progress[0]), StringComparison.Ordinal);
        Assert.Equal("mn", factory.Strings("SELECT Chosen FROM user_languages WHERE UserId = 'user-1'").Single());

        var back = await client.SendAsync(Say("язык ru", "en-GB"));
        Assert.Equal("Теперь я буду говорить с вами по-русски.", Activities.TextOf(back[0]));
        Assert.StartsWith("Я CoachBot", Activities.TextOf((await client.SendAsync(Say("help", "mn-MN")))[0]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALanguageCoachBotDoesNotSpeak_GetsAClearAnswer_AndNothingIsStored()
    {
        using var factory = new CoachBotFactory(_data);
        var client = factory.CreateClient();
        await client.SendAsync(Say("language ru", "en-GB"));

        var refused = await client.SendAsync(Say("язык klingon", "en-GB"));

        Assert.Equal("Я не говорю на языке «klingon». Доступные языки: en, mn, ru. Например: «язык ru».", Activities.TextOf(refused[0]));
        Assert.Equal("ru", factory.Strings("SELECT Chosen FROM user_languages").Single());
    }

    [Fact]
    public async Task AnAnswerInAnotherLanguage_IsScoredAsItsLanguage_WithTheCoachingInThePersonsLanguage()
    {
        using var factory = new CoachBotFactory(_data);
        var client = factory.CreateClient();
        await client.SendAsync(Say("тренировка банк", "ru-RU"));
        var english = Content.FindScenario(factory.Strings("SELECT OpenScenarioId FROM dialog_states").Single())!;

        var strong = await client.SendAsync(Say(english.ModelAnswer!, "ru-RU"));
        Assert.All(strong[0]!["value"]!["scores"]!.AsObject().Where(s => english.Assesses(s.Key)), s => Assert.Equal(3, s.Value!.GetValue<int>()));
        Assert.StartsWith("Ваши баллы", Activities.TextOf(strong[0]), StringComparison.Ordinal);

        var weak = await client.SendAsync(Say("Sorry, the machine does that. Order a new card in the app.", "ru-RU"));
        var text = Activities.TextOf(weak[0]);
        Assert.Contains("Совет:", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Tip:", text, StringComparison.Ordinal);
        Assert.Equal(2, factory.Count("SELECT COUNT(*) FROM attempts"));
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);

    private static JsonObject Say(string text, string locale)
    {
        var activity = Activities.Message(text);
        activity["locale"] = locale;
        return activity;
    }
}

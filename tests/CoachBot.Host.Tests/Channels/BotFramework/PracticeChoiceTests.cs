using System.Text.Json.Nodes;
using CoachBot.Core.Content;
using CoachBot.Host.Tests.Support;

namespace CoachBot.Host.Tests.Channels.BotFramework;

/// <summary>
/// A new person's "practice" offers the industries; the one they pick is remembered, and "practice" and "next" walk its
/// scenarios until it is done; "practice" with another industry switches, "practice any" mixes.
/// </summary>
public sealed class PracticeChoiceTests : IDisposable
{
    private static readonly ContentPack Content = ContentLoader.Load(Path.Combine(AppContext.BaseDirectory, "prompts"));
    private static readonly IReadOnlyList<string> Industries = Content.Topics();
    private readonly string _data = CoachBotFactory.NewDataDirectory();

    [Fact]
    public async Task ANewPersonsPractice_OffersOneButtonPerIndustryAndAMix_AndOpensNoScenario()
    {
        using var factory = new CoachBotFactory(_data);

        var offer = (await factory.CreateClient().SendAsync(Activities.Message("practice")))[0]!;

        var buttons = ButtonsOf(offer);
        Assert.Equal(Industries.Count + 1, buttons.Count);
        Assert.Equal(Industries.Select(i => "practice " + i).Append("practice any"), buttons.Select(b => b.Action));
        Assert.Contains(("Hotel", "practice hotel"), buttons);
        var text = Activities.TextOf(offer);
        Assert.StartsWith("Which industry would you like to practise?", text, StringComparison.Ordinal);
        Assert.Contains("co-working space, dental clinic, food delivery, hotel", text, StringComparison.Ordinal);
        Assert.Equal(0, factory.Count("SELECT COUNT(*) FROM dialog_states WHERE OpenScenarioId IS NOT NULL"));
        Assert.Equal(0, factory.Count("SELECT COUNT(*) FROM practice_choices"));
    }

    [Fact]
    public async Task PickingAnIndustry_IsRemembered_AndPracticeAndNextGoOnThroughIt()
    {
        using var factory = new CoachBotFactory(_data);
        var client = factory.CreateClient();
        var hotelCycle = Content.Scenarios.Where(s => s.Industry == "hotel").Select(s => s.Id).ToList();

        var given = new List<string>
        {
            ScenarioIdOf((await client.SendAsync(Activities.Button("practice hotel")))[0]),
            ScenarioIdOf((await client.SendAsync(Activities.Message("practice")))[0]),
            ScenarioIdOf((await client.SendAsync(Activities.Message("next")))[0]),
        };

        Assert.Equal(hotelCycle.Take(3), given);
        Assert.Equal("hotel", factory.Strings("SELECT Industry FROM practice_choices").Single());
        // Remembered per person, not per conversation: a new conversation carries on in the hotel.
        Assert.Equal(hotelCycle[3], ScenarioIdOf((await client.SendAsync(Activities.Message("practice", conversation: "conv-2")))[0]));
    }

    [Fact]
    public async Task AnIndustryDone_SaysSo_OffersTheOthers_AndCanStartOver()
    {
        using var factory = new CoachBotFactory(_data);
        var client = factory.CreateClient();
        await client.SendAsync(Activities.Message("practice hotel"));
        for (var i = 1; i < 5; i++)
        {
            Assert.StartsWith("hotel-", ScenarioIdOf((await client.SendAsync(Activities.Message("next")))[0]), StringComparison.Ordinal);
        }

        var done = (await client.SendAsync(Activities.Message("next")))[0]!;

        Assert.StartsWith("You've practised every hotel scenario.", Activities.TextOf(done), StringComparison.Ordinal);
        var buttons = ButtonsOf(done);
        Assert.Equal(Industries.Where(i => i != "hotel").Select(i => "practice " + i).Append("practice any").Append("practice hotel"), buttons.Select(b => b.Action));
        Assert.Equal("hotel again", buttons[^1].Label);
        Assert.StartsWith("You've practised every hotel scenario.", Activities.TextOf((await client.SendAsync(Activities.Message("practice")))[0]), StringComparison.Ordinal);

        var again = ScenarioIdOf((await client.SendAsync(Activities.Button("practice hotel")))[0]);
        Assert.Equal(Content.Scenarios.First(s => s.Industry == "hotel").Id, again);
        Assert.StartsWith("hotel-", ScenarioIdOf((await client.SendAsync(Activities.Message("next")))[0]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PracticeAnotherIndustry_SwitchesTheRememberedOne_AndPracticeAny_MixesThemAll()
    {
        using var factory = new CoachBotFactory(_data);
        var client = factory.CreateClient();
        await client.SendAsync(Activities.Message("practice hotel"));

        var switched = await client.SendAsync(Activities.Message("practice pharmacy"));

        Assert.Equal("pharmacy", Content.FindScenario(ScenarioIdOf(switched[0]))!.Industry);
        Assert.Equal("I'll remember pharmacy for you: \"practice\" and \"next\" carry on there. Type \"practice\" and another industry to switch, or \"practice any\" to mix them all.",
            Activities.TextOf(switched[1]));
        Assert.Equal("pharmacy", Content.FindScenario(ScenarioIdOf((await client.SendAsync(Activities.Message("practice")))[0]))!.Industry);
        Assert.Equal("pharmacy", factory.Strings("SELECT Industry FROM practice_choices").Single());

        var mixed = await client.SendAsync(Activities.Message("practice any"));
        var industries = new List<string> { Content.FindScenario(ScenarioIdOf(mixed[0]))!.Industry };
        for (var i = 0; i < 3; i++)
        {
            industries.Add(Content.FindScenario(ScenarioIdOf((await client.SendAsync(Activities.Message(i % 2 == 0 ? "next" : "practice")))[0]))!.Industry);
        }

        Assert.StartsWith("I'll mix scenarios from every industry", Activities.TextOf(mixed[1]), StringComparison.Ordinal);
        Assert.Equal(4, industries.Distinct().Count());
        Assert.Equal(1, factory.Count("SELECT COUNT(*) FROM practice_choices WHERE Industry IS NULL"));
    }

    [Fact]
    public async Task ARussianSpeaker_GetsTheChoiceInRussian_AndTheirWordsPickTheIndustry()
    {
        using var factory = new CoachBotFactory(_data);
        var client = factory.CreateClient();

        var offer = (await client.SendAsync(InRussian(Activities.Message("тренировка"))))[0]!;

        Assert.StartsWith("В какой сфере вы хотите тренироваться?", Activities.TextOf(offer), StringComparison.Ordinal);
        var buttons = ButtonsOf(offer);
        Assert.Equal(Industries.Count + 1, buttons.Count);
        Assert.Contains(("Гостиница", "тренировка гостиница"), buttons);
        Assert.Equal(("Все сферы вперемешку", "тренировка вперемешку"), buttons[^1]);

        var hotel = (await client.SendAsync(InRussian(Activities.Button("тренировка гостиница"))))[0]!;
        var scenario = Content.FindScenario(ScenarioIdOf(hotel))!;
        Assert.Equal("hotel", scenario.Industry);
        Assert.Equal(scenario.In("ru").Title, hotel["attachments"]![0]!["content"]!["body"]![0]!["text"]!.GetValue<string>());

        var switched = await client.SendAsync(InRussian(Activities.Message("тренировка стоматология")));
        Assert.Equal("dental clinic", Content.FindScenario(ScenarioIdOf(switched[0]))!.Industry);
        Assert.StartsWith("Запомнил вашу сферу: стоматология.", Activities.TextOf(switched[1]), StringComparison.Ordinal);
        await client.SendAsync(InRussian(Activities.Message("тренировка отель")));
        Assert.Equal("hotel", factory.Strings("SELECT Industry FROM practice_choices").Single());
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);

    /// <summary>A choice this long is an Adaptive Card whose buttons sit in rows (ActionSets) in its body.</summary>
    private static List<(string Label, string Action)> ButtonsOf(JsonNode? activity)
    {
        var card = activity!["attachments"]![0]!["content"]!;
        return card["body"]!.AsArray().Where(e => e!["type"]!.GetValue<string>() == "ActionSet").SelectMany(set => set!["actions"]!.AsArray())
            .Concat(card["actions"]!.AsArray())
            .Select(a => (a!["title"]!.GetValue<string>(), a["data"]!["action"]!.GetValue<string>()))
            .ToList();
    }

    private static string ScenarioIdOf(JsonNode? activity) =>
        activity?["attachments"]?[0]?["content"]?["body"]?[0]?["text"]?.GetValue<string>() is { } title
            ? Content.Scenarios.Single(s => s.Title == title || s.Translations.Values.Any(t => t.Title == title)).Id
            : throw new Xunit.Sdk.XunitException("not a scenario: " + Activities.TextOf(activity));

    private static JsonObject InRussian(JsonObject activity)
    {
        activity["locale"] = "ru-RU";
        return activity;
    }
}

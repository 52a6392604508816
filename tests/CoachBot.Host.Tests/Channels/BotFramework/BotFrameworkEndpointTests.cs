using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using CoachBot.Host.Tests.Support;

namespace CoachBot.Host.Tests.Channels.BotFramework;

public sealed class BotFrameworkEndpointTests : IDisposable
{
    private const string GoodAnswer =
        "Oh no, your card, and you fly on Thursday: that must be worrying. Did the machine show any message? "
        + "I'll block the card now and order an express one to reach you by Wednesday, probably sooner; if not, I'll have a temporary card ready here. "
        + "Thank you for telling us straight away. I'll call you on Wednesday to check it arrived, and I'd value your feedback.";

    private readonly string _data = CoachBotFactory.NewDataDirectory();

    [Fact]
    public async Task Practice_AnswerAndProgress_ScoresAreRepliedAndStored()
    {
        using var factory = new CoachBotFactory(_data);
        var client = factory.CreateClient();

        var scenario = await client.SendAsync(Activities.Message("practice bank"));
        Assert.Contains("The cash machine kept my card", Activities.TextOf(scenario[0]));
        Assert.Equal("application/vnd.microsoft.card.adaptive", scenario[0]!["attachments"]![0]!["contentType"]!.GetValue<string>());
        Assert.Equal("1.5", scenario[0]!["attachments"]![0]!["content"]!["version"]!.GetValue<string>());

        var scored = await client.SendAsync(Activities.Message(GoodAnswer));
        var value = scored[0]!["value"]!;
        Assert.Equal("bank-card-swallowed", value["scenarioId"]!.GetValue<string>());
        var scores = value["scores"]!.AsObject();
        Assert.Equal(["listen-first", "set-expectations", "own-the-need", "follow-up"], scores.Select(s => s.Key));
        Assert.All(scores, s => Assert.InRange(s.Value!.GetValue<int>(), 2, 3));
        Assert.Equal("user-1", scored[0]!["recipient"]!["id"]!.GetValue<string>());

        Assert.Equal(1, factory.Count("SELECT COUNT(*) FROM attempts WHERE UserId='user-1' AND ScenarioId='bank-card-swallowed' AND ScorerName='rubric-v2'"));
        Assert.Equal(GoodAnswer, factory.Strings("SELECT Answer FROM attempts").Single());
        Assert.Equal(4, factory.Count("SELECT COUNT(*) FROM attempt_scores WHERE Score IS NOT NULL"));
        Assert.Contains("worrying", factory.Strings("SELECT EvidenceJson FROM attempt_scores WHERE StandardId='listen-first'").Single());

        var progress = await client.SendAsync(Activities.Message("progress"));
        Assert.Contains("1 answer to 1 scenario", Activities.TextOf(progress[0]));
    }

    [Fact]
    public async Task TheSameMessageDeliveredAgain_IsAnsweredAndScoredOnce()
    {
        using var factory = new CoachBotFactory(_data);
        var client = factory.CreateClient();
        await client.SendAsync(Activities.Message("practice bank"));
        var answer = Activities.Message(GoodAnswer);

        var first = await client.SendAsync(answer);
        var again = await client.SendAsync(answer);
        var sameIdElsewhere = Activities.Message("help", conversation: "conv-2");
        sameIdElsewhere["id"] = answer["id"]!.GetValue<string>();
        var elsewhere = await client.SendAsync(sameIdElsewhere);

        Assert.NotEmpty(first);
        Assert.Empty(again);
        Assert.NotEmpty(elsewhere); // an activity id is unique within its conversation only
        Assert.Equal(1, factory.Count("SELECT COUNT(*) FROM attempts"));
    }

    [Fact]
    public async Task FortyPeopleAnsweringAtOnce_EveryScoredAnswerIsStored_WithItsRollups()
    {
        // Answers that arrive together share one SQLite transaction (group commit); each reply must still mean "stored".
        using var factory = new CoachBotFactory(_data);
        var client = factory.CreateClient();
        var people = Enumerable.Range(0, 40).Select(i => $"user-{i}").ToList();
        await Task.WhenAll(people.Select(p => client.SendAsync(Activities.Message("practice bank", p, "conv-" + p))));

        var replies = await Task.WhenAll(people.Select(p => client.SendAsync(Activities.Message(GoodAnswer, p, "conv-" + p))));

        Assert.All(replies, r => Assert.Equal("bank-card-swallowed", r[0]!["value"]!["scenarioId"]!.GetValue<string>()));
        Assert.Equal(40, factory.Count("SELECT COUNT(DISTINCT UserId) FROM attempts"));
        Assert.Equal(160, factory.Count("SELECT COUNT(*) FROM attempt_scores"));
        Assert.Equal(40, factory.Count("SELECT SUM(Attempts) FROM practice_weeks"));
        Assert.Equal(40, factory.Count("SELECT COUNT(*) FROM dialog_states WHERE OpenScenarioId = 'bank-card-swallowed'"));
    }

    [Fact]
    public async Task NotAssessedStandard_IsNullInValue()
    {
        using var factory = new CoachBotFactory(_data);
        var client = factory.CreateClient();
        await client.SendAsync(Activities.Message("practice meeting-room-double-booked"));

        var scored = await client.SendAsync(Activities.Message("Your investors are close and the room is taken. How many of you? I'll put you in the boardroom now."));

        var scores = scored[0]!["value"]!["scores"]!.AsObject();
        Assert.Null(scores["set-expectations"]);
        Assert.Null(scores["follow-up"]);
        Assert.NotNull(scores["listen-first"]);
        Assert.Equal(2, factory.Count("SELECT COUNT(*) FROM attempt_scores WHERE Score IS NULL"));
    }

    [Fact]
    public async Task Restart_MidScenario_ResumesTheOpenScenario()
    {
        using (var first = new CoachBotFactory(_data))
        {
            await first.CreateClient().SendAsync(Activities.Message("practice dentist-missed-appointment"));
        }

        using var second = new CoachBotFactory(_data);
        var scored = await second.CreateClient().SendAsync(Activities.Message("I'm sorry about the wait. I'll check with the hygienist and tell you within five minutes."));

        Assert.Equal("dentist-missed-appointment", scored[0]!["value"]!["scenarioId"]!.GetValue<string>());
        Assert.Equal(1, second.Count("SELECT COUNT(*) FROM attempts WHERE ScenarioId='dentist-missed-appointment'"));
    }

    [Fact]
    public async Task Buttons_RetryModelAnswerNext_WorkAsActions()
    {
        using var factory = new CoachBotFactory(_data);
        var client = factory.CreateClient();
        await client.SendAsync(Activities.Message("practice optician-glasses-trip"));

        var model = await client.SendAsync(Activities.Button("model-answer"));
        Assert.Contains("You were promised today", Activities.TextOf(model[0]));

        var retry = await client.SendAsync(Activities.Button("retry"));
        Assert.Contains("Glasses not ready before a trip", Activities.TextOf(retry[0]));

        var next = await client.SendAsync(Activities.Button("next"));
        Assert.DoesNotContain("Glasses not ready before a trip", Activities.TextOf(next[0]));
        Assert.Contains("Scenario:", Activities.TextOf(next[0]));
    }

    [Fact]
    public async Task ConversationUpdate_MemberAdded_Welcomes()
    {
        using var factory = new CoachBotFactory(_data);
        var activity = Activities.Base("conversationUpdate", "user-1", "conv-1", "http://localhost:9/");
        activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "user-1" });
        activity["deliveryMode"] = "expectReplies";

        var replies = await factory.CreateClient().SendAsync(activity);

        Assert.Contains("practice [topic]", Activities.TextOf(replies[0]));
    }

    [Theory]
    [InlineData("{not json", "not a valid activity")]
    [InlineData("[]", "not a valid activity")]
    [InlineData("{\"text\":\"hi\"}", "'type' is required")]
    [InlineData("{\"type\":\"message\",\"channelId\":\"emulator\",\"from\":{\"id\":\"u\"}}", "'conversation.id' is required")]
    [InlineData("{\"type\":\"message\",\"channelId\":\"emulator\",\"conversation\":{\"id\":\"c\"},\"from\":{\"id\":\"u\"},\"text\":5}", "not a valid activity")]
    public async Task MalformedActivity_Returns400WithReason_AndStoresNothing(string body, string reason)
    {
        using var factory = new CoachBotFactory(_data);
        var response = await factory.CreateClient().PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, (await response.Content.ReadFromJsonAsync<JsonObject>())!["detail"]!.GetValue<string>());
        Assert.Equal(0, factory.Count("SELECT COUNT(*) FROM dialog_states"));
    }

    [Fact]
    public async Task OversizedActivity_Returns413()
    {
        using var factory = new CoachBotFactory(_data);
        var activity = Activities.Message(new string('x', 300_000));

        var response = await factory.CreateClient().PostAsJsonAsync("/api/messages", activity);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task DeeplyNestedJson_Returns400()
    {
        using var factory = new CoachBotFactory(_data);
        var body = "{\"type\":\"message\",\"value\":" + new string('[', 200) + new string(']', 200) + "}";

        var response = await factory.CreateClient().PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task TwentyThousandCharacterAnswer_GetsAClearReply_AndNothingIsStored()
    {
        using var factory = new CoachBotFactory(_data);
        var client = factory.CreateClient();
        await client.SendAsync(Activities.Message("practice bank"));

        var replies = await client.SendAsync(Activities.Message(string.Concat(Enumerable.Repeat("I will help you. ", 1_200))[..20_000]));

        Assert.Contains("20,000 characters", Activities.TextOf(replies[0]));
        Assert.Equal(0, factory.Count("SELECT COUNT(*) FROM attempts"));
    }

    [Theory]
    [InlineData("Мне очень жаль, что банкомат забрал вашу карту. Я заблокирую её прямо сейчас.")]
    [InlineData("So sorry 😟 your card got swallowed! I'll block it now 🙏 and call you by 5 pm.")]
    public async Task EmojiAndCyrillicAnswers_AreScoredAndStoredIntact(string answer)
    {
        using var factory = new CoachBotFactory(_data);
        var client = factory.CreateClient();
        await client.SendAsync(Activities.Message("practice bank"));

        var replies = await client.SendAsync(Activities.Message(answer));

        Assert.NotNull(replies[0]!["value"]!["scores"]);
        Assert.Equal(answer, factory.Strings("SELECT Answer FROM attempts").Single());
    }

    [Theory]
    [InlineData("", "I didn't get any text")]
    [InlineData("   ", "I didn't get any text")]
    [InlineData("frobnicate", "I don't know the command \"frobnicate\"")]
    [InlineData("/dance", "I don't know the command \"/dance\"")]
    [InlineData("Hello, I would like to help you with that.", "no open scenario")]
    public async Task InputWithoutAnOpenScenario_GetsAClearReply_AndStoresNoAttempt(string text, string expected)
    {
        using var factory = new CoachBotFactory(_data);

        var replies = await factory.CreateClient().SendAsync(Activities.Message(text));

        Assert.Contains(expected, Activities.TextOf(replies[0]));
        Assert.Equal(0, factory.Count("SELECT COUNT(*) FROM attempts"));
    }

    [Theory]
    [InlineData("MultiTenant", null, null, "MicrosoftAppPassword is required")]
    [InlineData("SingleTenant", "secret", null, "MicrosoftAppTenantId are required")]
    [InlineData("Sideways", "secret", null, "MicrosoftAppType must be MultiTenant, SingleTenant or UserAssignedMSI")]
    public void IncompleteAzureBotSettings_StopTheHost_NamingTheKey(string appType, string? password, string? tenant, string expected)
    {
        using var factory = new CoachBotFactory(_data) { Settings = { ["MicrosoftAppId"] = "00000000-0000-0000-0000-000000000001", ["MicrosoftAppType"] = appType } };
        if (password is not null)
        {
            factory.Settings["MicrosoftAppPassword"] = password;
        }

        if (tenant is not null)
        {
            factory.Settings["MicrosoftAppTenantId"] = tenant;
        }

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutExpectReplies_RepliesArePostedToTheServiceUrl_WithoutATokenInLocalMode()
    {
        await using var cloud = await FakeBotFrameworkCloud.StartAsync();
        using var factory = new CoachBotFactory(_data);
        var activity = Activities.Message("practice restaurant", expectReplies: false, serviceUrl: cloud.ServiceUrl);

        var response = await factory.CreateClient().PostAsJsonAsync("/api/messages", activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var (_, path, authorization, reply) = Assert.Single(cloud.ConnectorRequests);
        Assert.Equal($"/connector/v3/conversations/conv-1/activities/{activity["id"]}", path);
        Assert.Equal("", authorization);
        Assert.Contains("Scenario:", Activities.TextOf(reply));
        Assert.Equal(activity["id"]!.GetValue<string>(), reply!["replyToId"]!.GetValue<string>());
        Assert.Equal(0, cloud.TokenRequests);
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CoachBot.Host.Tests.Support;

namespace CoachBot.Host.Tests.Channels.WebChat;

public sealed class WebChatTests : IDisposable
{
    private readonly string _data = CoachBotFactory.NewDataDirectory();

    [Fact]
    public async Task Root_ServesTheChatPage()
    {
        using var factory = new CoachBotFactory(_data);

        var html = await factory.CreateClient().GetStringAsync("/");

        Assert.Contains("<title>CoachBot", html);
        Assert.Contains("/api/webchat/messages", html);
    }

    [Theory]
    [InlineData("ru-RU,ru;q=0.9", "ru", "Отправить", "Напишите «тренировка» или свой ответ клиенту")]
    [InlineData("mn-MN", "mn", "Илгээх", "«дасгал» эсвэл үйлчлүүлэгчид өгөх хариултаа бичнэ үү")]
    [InlineData("en-GB", "en", "Send", "Type practice, or your answer to the customer")]
    public async Task ThePagesOwnWords_FollowTheBrowsersLanguage_AndItsScriptStillRunsUnderThePolicy(string acceptLanguage, string code, string send, string hint)
    {
        using var factory = new CoachBotFactory(_data);
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(acceptLanguage);

        var response = await client.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains($"<html lang=\"{code}\">", html, StringComparison.Ordinal);
        Assert.Contains($">{send}</button>", html, StringComparison.Ordinal);
        Assert.Contains(hint, html, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", html, StringComparison.Ordinal);
        var script = System.Text.RegularExpressions.Regex.Match(html, "<script>(.*?)</script>", System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value;
        Assert.Contains($"'sha256-{CoachBot.Host.Security.SecurityHeaders.Hash(script)}'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Practice_ThenAnswer_ReturnsScenarioAndScoreCards()
    {
        using var factory = new CoachBotFactory(_data);
        var client = factory.CreateClient();

        var scenario = await Post(client, new { userId = "web-1", text = "practice restaurant" });
        Assert.Equal("restaurant-birthday-table", scenario["replies"]![0]!["scenario"]!["scenarioId"]!.GetValue<string>());

        var scored = await Post(client, new { userId = "web-1", text = "Oh no, on your mother's 70th! I'm so sorry. I'll join two tables for you in ten minutes." });
        var lines = scored["replies"]![0]!["scores"]!["lines"]!.AsArray();
        Assert.Equal(4, lines.Count);
        Assert.Equal(1, factory.Count("SELECT COUNT(*) FROM attempts WHERE ChannelId='webchat' AND UserId='web-1'"));
    }

    [Theory]
    [InlineData("👍🙂🙂", "en", "That has no words to score")]
    [InlineData("...!!!", "ru", "Здесь нет слов, которые можно оценить")]
    public async Task AnAnswerOfOnlyEmojiOrSymbols_GetsAClearReply_AndIsNotStoredAsAnAttempt(string answer, string locale, string reply)
    {
        using var factory = new CoachBotFactory(_data);
        var client = factory.CreateClient();
        await Post(client, new { userId = "web-emoji", text = "practice restaurant", locale });

        var answered = await Post(client, new { userId = "web-emoji", text = answer, locale });

        Assert.StartsWith(reply, answered["replies"]![0]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(answered["replies"]![0]!["scores"]);
        Assert.Equal(0, factory.Count("SELECT COUNT(*) FROM attempts WHERE UserId='web-emoji'"));
    }

    [Fact]
    public async Task TheBrowsersLanguage_GivesTheCardsLabelsInIt()
    {
        using var factory = new CoachBotFactory(_data);
        var client = factory.CreateClient();

        var scenario = await Post(client, new { userId = "web-mn", text = "дасгал ресторан", locale = "mn" });

        var card = scenario["replies"]![0]!["scenario"]!;
        Assert.Equal("Салбар", card["labels"]!["industry"]!.GetValue<string>());
        Assert.Equal("ресторан", card["industry"]!.GetValue<string>());
        Assert.Equal("Жишээ хариулт харах", scenario["replies"]![0]!["actions"]![0]!["label"]!.GetValue<string>());
        Assert.Equal("mn", factory.Strings("SELECT Platform FROM user_languages WHERE UserId = 'web-mn'").Single());
    }

    [Theory]
    [InlineData("dasgal zochid buudal", "hotel-")]
    [InlineData("Dadlaga emiin san", "pharmacy-")]
    public async Task MongolianTypedInLatinLetters_StartsPracticeAsTheCyrillicCommandDoes(string typed, string scenarioPrefix)
    {
        using var factory = new CoachBotFactory(_data);
        var client = factory.CreateClient();

        var scenario = (await Post(client, new { userId = "web-mn-latin", text = typed, locale = "mn" }))["replies"]![0]!;

        Assert.StartsWith(scenarioPrefix, scenario["scenario"]!["scenarioId"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("Салбар", scenario["scenario"]!["labels"]!["industry"]!.GetValue<string>());
    }

    [Fact]
    public async Task ANewPersonsPractice_ShowsAButtonPerIndustry_AndTheButtonStartsThatIndustry()
    {
        using var factory = new CoachBotFactory(_data);
        var client = factory.CreateClient();

        var offer = (await Post(client, new { userId = "web-new", text = "practice" }))["replies"]![0]!;
        var buttons = offer["actions"]!.AsArray().Select(a => (a!["label"]!.GetValue<string>(), a["action"]!.GetValue<string>())).ToList();
        Assert.Equal(13, buttons.Count);
        Assert.Contains(("Restaurant", "practice restaurant"), buttons);
        Assert.Null(offer["scenario"]);

        var picked = (await Post(client, new { userId = "web-new", action = "practice restaurant" }))["replies"]![0]!;
        Assert.StartsWith("restaurant-", picked["scenario"]!["scenarioId"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("restaurant", factory.Strings("SELECT Industry FROM practice_choices WHERE ChannelId = 'webchat' AND UserId = 'web-new'").Single());
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"userId\":\"has spaces\",\"text\":\"hi\"}")]
    [InlineData("{\"userId\":\"\"}")]
    [InlineData("not json")]
    public async Task BadRequests_Return400WithAReason(string body)
    {
        using var factory = new CoachBotFactory(_data);

        var response = await factory.CreateClient().PostAsync("/api/webchat/messages", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(string.IsNullOrEmpty((await response.Content.ReadFromJsonAsync<JsonObject>())!["detail"]!.GetValue<string>()));
    }

    [Fact]
    public async Task OversizedChunkedBody_Returns413_AndStoresNothing()
    {
        using var factory = new CoachBotFactory(_data);
        var body = "{\"userId\":\"web-1\",\"text\":\"" + new string('x', 100_000) + "\"}";
        using var content = new StreamContent(new UnknownLengthStream(System.Text.Encoding.UTF8.GetBytes(body)));
        content.Headers.ContentType = new("application/json");

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/webchat/messages") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await factory.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, factory.Count("SELECT COUNT(*) FROM dialog_states"));
    }

    [Fact]
    public async Task AScore_SaysWhatWasMissing_AndWhatZeroToThreeMean_AndProgressHasTheStreak()
    {
        using var factory = new CoachBotFactory(_data);
        var client = factory.CreateClient();
        await Post(client, new { userId = "web-6", text = "practice meeting-room-double-booked" });

        var scored = (await Post(client, new { userId = "web-6", text = "Sorry about that, the room is taken. Please wait in the lobby." }))["replies"]![0]!;
        var progress = (await Post(client, new { userId = "web-6", text = "progress" }))["replies"]![0]!;

        Assert.Contains("2 = meets the standard", scored["scores"]!["scale"]!.GetValue<string>());
        var missing = scored["scores"]!["lines"]!.AsArray().Where(l => l!["missingText"] is not null).Select(l => l!["missingText"]!.GetValue<string>()).ToList();
        Assert.NotEmpty(missing);
        Assert.All(missing, m => Assert.StartsWith("Missing: ", m, StringComparison.Ordinal));
        Assert.All(missing, m => Assert.Contains(m, scored["text"]!.GetValue<string>(), StringComparison.Ordinal)); // as the CLI says it
        Assert.Equal("1-day practice streak", progress["progress"]!["labels"]!["streak"]!.GetValue<string>());
    }

    [Fact]
    public async Task AnAnswerThatSaysNothing_IsCoachedOnce_NotUnderEveryStandard()
    {
        using var factory = new CoachBotFactory(_data);
        var client = factory.CreateClient();
        await Post(client, new { userId = "web-7", text = "practice meeting-room-double-booked" });

        var scored = (await Post(client, new { userId = "web-7", text = "Empathy, root question, timeline with margin, ownership, thanks, check-back." }))["replies"]![0]!;

        var lines = scored["scores"]!["lines"]!.AsArray();
        var scoredLines = lines.Where(l => l!["score"] is not null).ToList();
        Assert.True(scoredLines.Count >= 2);
        Assert.All(scoredLines, l => Assert.Equal(0, l!["score"]!.GetValue<int>()));
        var missing = lines.Where(l => l!["missingText"] is not null).Select(l => l!["missingText"]!.GetValue<string>()).ToList();
        Assert.Equal(["Missing: the answer doesn't say anything the customer could act on"], missing);
        var text = scored["text"]!.GetValue<string>();
        Assert.Equal(text.IndexOf(missing[0], StringComparison.Ordinal), text.LastIndexOf(missing[0], StringComparison.Ordinal));
    }

    private static async Task<JsonObject> Post(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/webchat/messages", body);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    /// <summary>Not seekable, so HttpClient cannot send a Content-Length and the body goes chunked.</summary>
    private sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);
}

using System.Net;
using System.Net.Http.Json;
using CoachBot.Host.Tests.Channels.Slack;
using CoachBot.Host.Tests.Reports;
using CoachBot.Host.Tests.Support;

namespace CoachBot.Host.Tests.Security;

/// <summary>Per person and per client IP on chat, web chat, Slack, sign-in and exports: 429 with Retry-After, and nothing stored.</summary>
public sealed class RateLimitTests : IDisposable
{
    private readonly string _data = CoachBotFactory.NewDataDirectory();

    [Fact]
    public async Task WebChat_OnePersonOverTheLimit_Gets429WithRetryAfter_WhileOthersGoOn()
    {
        using var factory = new CoachBotFactory(_data) { Settings = { ["RateLimits:PerPersonPerMinute"] = "3" } };
        var client = factory.CreateClient();

        for (var i = 0; i < 3; i++)
        {
            (await client.PostAsJsonAsync("/api/webchat/messages", new { userId = "web-noisy", text = "help" })).EnsureSuccessStatusCode();
        }

        var refused = await client.PostAsJsonAsync("/api/webchat/messages", new { userId = "web-noisy", text = "practice bank" });
        var other = await client.PostAsJsonAsync("/api/webchat/messages", new { userId = "web-quiet", text = "help" });

        AssertTooMany(refused);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal(0, factory.Count("SELECT COUNT(*) FROM dialog_states WHERE UserId='web-noisy' AND OpenScenarioId IS NOT NULL"));
    }

    [Fact]
    public async Task BotFramework_OnePersonOverTheLimit_Gets429WithRetryAfter()
    {
        using var factory = new CoachBotFactory(_data) { Settings = { ["RateLimits:PerPersonPerMinute"] = "2" } };
        var client = factory.CreateClient();

        await client.SendAsync(Activities.Message("help", user: "noisy"));
        await client.SendAsync(Activities.Message("help", user: "noisy"));
        var refused = await client.PostAsJsonAsync("/api/messages", Activities.Message("practice bank", user: "noisy"));

        AssertTooMany(refused);
    }

    [Fact]
    public async Task MadeUpUsersFromOneClient_AreStoppedByThePerIpLimit_AcrossChatAndWebChat()
    {
        using var factory = new CoachBotFactory(_data) { Settings = { ["RateLimits:ChatPerIpPerMinute"] = "5" } };
        var client = factory.CreateClient();

        for (var i = 0; i < 3; i++)
        {
            (await client.PostAsJsonAsync("/api/webchat/messages", new { userId = $"web-{i}", text = "practice bank" })).EnsureSuccessStatusCode();
        }

        await client.SendAsync(Activities.Message("practice bank", user: "made-up-1"));
        await client.SendAsync(Activities.Message("practice bank", user: "made-up-2"));
        var webChat = await client.PostAsJsonAsync("/api/webchat/messages", new { userId = "web-99", text = "practice bank" });
        var activity = await client.PostAsJsonAsync("/api/messages", Activities.Message("practice bank", user: "made-up-99"));

        AssertTooMany(webChat);
        AssertTooMany(activity);
        Assert.Equal(5, factory.Count("SELECT COUNT(*) FROM dialog_states"));
    }

    [Fact]
    public async Task Slack_OnePersonOverTheLimit_Gets429WithRetryAfter()
    {
        await using var host = await SlackTestHost.StartAsync(settings: new Dictionary<string, string> { ["RateLimits:PerPersonPerMinute"] = "2" });

        (await host.PostFormAsync("/slack/commands", host.Command("help"))).EnsureSuccessStatusCode();
        (await host.PostFormAsync("/slack/commands", host.Command("help"))).EnsureSuccessStatusCode();
        var refused = await host.PostFormAsync("/slack/commands", host.Command("practice bank"));

        AssertTooMany(refused);
    }

    [Fact]
    public async Task SignIn_OverThePerIpLimit_Is429WithRetryAfter()
    {
        await using var host = await ReportTestHost.StartAsync(s => s["RateLimits:SignInPerIpPerMinute"] = "3");
        var client = host.Factory.CreateClient();
        var wrong = new Dictionary<string, string> { ["login"] = "p-ana-7", ["password"] = "not the password" };

        for (var i = 0; i < 3; i++)
        {
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await client.PostAsync("/signin", new FormUrlEncodedContent(wrong))).StatusCode);
        }

        AssertTooMany(await client.PostAsync("/signin", new FormUrlEncodedContent(wrong)));
    }

    [Fact]
    public async Task Exports_OverTheLimit_Are429_PerSignedInPerson()
    {
        await using var host = await ReportTestHost.StartAsync(s => s["RateLimits:ExportsPerMinute"] = "2");
        var hana = await host.SignInAsync("p-hana-7");
        var mia = await host.SignInAsync("p-mia-7");

        (await hana.GetAsync("/api/reports/progress?format=csv")).EnsureSuccessStatusCode();
        (await hana.GetAsync("/api/reports/progress?format=xlsx")).EnsureSuccessStatusCode();
        var refused = await hana.GetAsync("/api/reports/progress?format=csv");
        var otherPerson = await mia.GetAsync("/api/reports/progress?format=csv");

        AssertTooMany(refused);
        Assert.Equal(HttpStatusCode.OK, otherPerson.StatusCode);
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);

    private static void AssertTooMany(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        var retryAfter = response.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
    }
}

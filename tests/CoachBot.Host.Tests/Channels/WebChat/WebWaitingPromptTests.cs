using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CoachBot.Core.People;
using CoachBot.Host.Jobs;
using CoachBot.Host.Tests.Channels.Slack;
using CoachBot.Host.Tests.Jobs;
using CoachBot.Host.Tests.Reports;
using Hangfire;

namespace CoachBot.Host.Tests.Channels.WebChat;

/// <summary>A prompt scheduled for someone with no chat account, through the real Hangfire server, waiting for them on the web page.</summary>
[Collection(HangfireCollection.Name)]
public sealed class WebWaitingPromptTests
{
    [Fact]
    public async Task APromptForSomeoneWithNoChatAccount_WaitsInTheDatabase_AndIsShownOnceWhenTheyOpenThePage()
    {
        await using var host = await ReportTestHost.StartAsync();
        await host.Factory.Services.GetRequiredService<IPeopleDirectory>().ImportAsync(
            [new Person("p-dan-7", "Dan Door", null, "Front desk", "p-mia-7", Role.Employee, [])], default);
        await host.Factory.Services.GetRequiredService<ILocalLoginStore>().SaveAsync(new LocalLogin("p-dan-7", ReportTestHost.PasswordHashOnce.Value, MustChangePassword: false), default);
        var mia = await host.SignInAsync("p-mia-7");

        var scheduled = SignedInWebChatTests.TextOf(await SignedInWebChatTests.PostAsync(mia, new { text = "schedule daily at 09:00 for @p-dan-7" }));
        Assert.StartsWith("Scheduled ", scheduled);
        host.Factory.Services.GetRequiredService<IRecurringJobManager>().Trigger(NudgeJobs.DueCheckId);
        await SlackTestHost.Eventually(() => host.Factory.Count("SELECT COUNT(*) FROM nudge_deliveries WHERE Status = 'Sent'") == 1, "the prompt to be delivered", seconds: 30);

        Assert.Equal(1, host.Factory.Count("SELECT COUNT(*) FROM waiting_prompts WHERE ChannelId='web' AND UserId='p-dan-7'"));
        var sentScenario = host.Factory.Strings("SELECT ScenarioId FROM nudge_deliveries").Single();
        var dan = await host.SignInAsync("p-dan-7");
        var anonymous = await host.Factory.CreateClient().PostAsJsonAsync("/api/webchat/waiting", new { });
        var first = await TakeAsync(dan);
        var second = await TakeAsync(dan);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(2, first.Count);
        Assert.StartsWith("A scheduled prompt was waiting for you", first[0]!["text"]!.GetValue<string>());
        Assert.Equal(sentScenario, first[1]!["scenario"]!["scenarioId"]!.GetValue<string>());
        Assert.Empty(second);
        Assert.Equal(0, host.Factory.Count("SELECT COUNT(*) FROM waiting_prompts"));

        // The prompt's scenario is open in Dan's web conversation: his answer is scored and counted as his.
        var answered = await SignedInWebChatTests.PostAsync(dan, new { text = ReportTestHost.GoodAnswer });
        Assert.Equal(sentScenario, answered["replies"]![0]!["scores"]!["scenarioId"]!.GetValue<string>());
        Assert.Equal(1, (await ReportTestHost.ReportAsync(mia, "?person=p-dan-7&to=2026-11-02"))["people"]![0]!["attempts"]!.GetValue<int>());
    }

    private static async Task<JsonArray> TakeAsync(HttpClient client)
    {
        var response = await client.PostAsJsonAsync("/api/webchat/waiting", new { });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["replies"]!.AsArray();
    }
}

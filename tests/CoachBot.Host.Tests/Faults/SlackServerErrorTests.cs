using System.Net;
using CoachBot.Host.Tests.Channels.Slack;

namespace CoachBot.Host.Tests.Faults;

/// <summary>Slack's Web API answering HTTP 5xx (a proxy's HTML page, not ok:false) while replies are posted.</summary>
public sealed class SlackServerErrorTests
{
    private const string Answer = "Oh no, your card with your trip on Thursday, that's worrying. Did it show a message? I'll block it now and have a new one with you by Wednesday. Thank you, I'll call you Wednesday to check.";
    private static readonly Dictionary<string, string> QuickRetries = new()
    {
        ["Slack:ServerErrorRetryDelay"] = "00:00:00.05",
        ["Redelivery:FirstDelay"] = "00:00:00.1",
    };

    [Fact]
    public async Task A5xxBurst_TheReplyIsPostedWhenItEnds_AndTheAnswerIsKept()
    {
        await using var host = await SlackTestHost.StartAsync(settings: QuickRetries);
        await host.PostJsonAsync("/slack/events", SlackTestHost.Event("practice bank"));
        await SlackTestHost.Eventually(() => host.Slack.CallsTo("chat.postMessage").Count == 1, "the scenario");

        host.Slack.Failures["chat.postMessage"] = new(["503", "503", "503"]);
        var ack = await host.PostJsonAsync("/slack/events", SlackTestHost.Event(Answer));

        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        await SlackTestHost.Eventually(() => host.Slack.Posted.Count == 2, "the scores after three 503s");
        Assert.Equal(5, host.Slack.CallsTo("chat.postMessage").Count);
        Assert.Contains("Your scores", host.Slack.Posted.Last().Message["text"]!.GetValue<string>());
        Assert.Equal(1, host.Factory.Count("SELECT COUNT(*) FROM attempts WHERE ChannelId='slack'"));
    }

    [Fact]
    public async Task SlackDownForLonger_TheLaneGoesOn_AndEveryReplyIsPostedWhenSlackIsBack()
    {
        await using var host = await SlackTestHost.StartAsync(settings: QuickRetries);
        await host.PostJsonAsync("/slack/events", SlackTestHost.Event("practice bank"));
        await SlackTestHost.Eventually(() => host.Slack.CallsTo("chat.postMessage").Count == 1, "the scenario");

        host.Slack.Failures["chat.postMessage"] = new(Enumerable.Repeat("503", 12)); // longer than one redelivery's four tries
        await host.PostJsonAsync("/slack/events", SlackTestHost.Event(Answer));
        await host.PostJsonAsync("/slack/events", SlackTestHost.Event("progress"));

        // The scores were tried once in the lane and kept; the progress went behind them: the lane did not wait Slack out.
        await SlackTestHost.Eventually(() => host.Factory.Count("SELECT COUNT(*) FROM reply_outbox") == 2, "both replies kept", seconds: 10);
        await SlackTestHost.Eventually(() => host.Slack.Posted.Count == 3, "the scores and the progress once Slack is back", seconds: 30);
        var texts = host.Slack.Posted.Skip(1).Select(p => p.Message["text"]!.GetValue<string>()).ToList();
        Assert.Contains("Your scores", texts[0], StringComparison.Ordinal);
        Assert.DoesNotContain("Your scores", texts[1], StringComparison.Ordinal);
        Assert.Equal(1, host.Factory.Count("SELECT COUNT(*) FROM attempts WHERE ChannelId='slack'"));
    }

    [Fact]
    public async Task SlackDownForGood_RedeliveryGivesUpAfterTheConfiguredTries_AndTheAnswerIsKept()
    {
        var settings = new Dictionary<string, string>(QuickRetries) { ["Redelivery:Attempts"] = "2" };
        await using var host = await SlackTestHost.StartAsync(settings: settings);
        await host.PostJsonAsync("/slack/events", SlackTestHost.Event("practice bank"));
        await SlackTestHost.Eventually(() => host.Slack.CallsTo("chat.postMessage").Count == 1, "the scenario");

        host.Slack.Failures["chat.postMessage"] = new(Enumerable.Repeat("503", 100));
        await host.PostJsonAsync("/slack/events", SlackTestHost.Event(Answer));

        await SlackTestHost.Eventually(() => host.Slack.CallsTo("chat.postMessage").Count >= 10, "one try in the lane, then two redeliveries of four tries", seconds: 30);
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Equal(10, host.Slack.CallsTo("chat.postMessage").Count);
        Assert.Equal(1, host.Factory.Count("SELECT COUNT(*) FROM attempts WHERE ChannelId='slack'"));
        Assert.Equal(4, host.Factory.Count("SELECT COUNT(*) FROM attempt_scores"));
    }
}

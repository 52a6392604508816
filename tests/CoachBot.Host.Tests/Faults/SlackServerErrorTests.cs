using System.Net;
using CoachBot.Host.Tests.Channels.Slack;

namespace CoachBot.Host.Tests.Faults;

/// <summary>Slack's Web API answering HTTP 5xx (a proxy's HTML page, not ok:false) while replies are posted.</summary>
public sealed class SlackServerErrorTests
{
    private const string Answer = "Oh no, your card with your trip on Thursday, that's worrying. Did it show a message? I'll block it now and have a new one with you by Wednesday. Thank you, I'll call you Wednesday to check.";
    private static readonly Dictionary<string, string> QuickRetries = new() { ["Slack:ServerErrorRetryDelay"] = "00:00:00.05" };

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
    public async Task SlackDownLongerThanTheRetries_TheAnswerIsStillKept_AndLaterMessagesAreAnswered()
    {
        await using var host = await SlackTestHost.StartAsync(settings: QuickRetries);
        await host.PostJsonAsync("/slack/events", SlackTestHost.Event("practice bank"));
        await SlackTestHost.Eventually(() => host.Slack.CallsTo("chat.postMessage").Count == 1, "the scenario");

        host.Slack.Failures["chat.postMessage"] = new(["503", "503", "503", "503"]);
        await host.PostJsonAsync("/slack/events", SlackTestHost.Event(Answer));
        await SlackTestHost.Eventually(() => host.Slack.CallsTo("chat.postMessage").Count == 5, "four tries of the scores");
        await host.PostJsonAsync("/slack/events", SlackTestHost.Event("progress"));

        await SlackTestHost.Eventually(() => host.Slack.Posted.Count == 2, "the progress reply once Slack is back");
        Assert.Equal(6, host.Slack.CallsTo("chat.postMessage").Count);
        Assert.Equal(1, host.Factory.Count("SELECT COUNT(*) FROM attempts WHERE ChannelId='slack'"));
        Assert.Equal(4, host.Factory.Count("SELECT COUNT(*) FROM attempt_scores"));
    }
}

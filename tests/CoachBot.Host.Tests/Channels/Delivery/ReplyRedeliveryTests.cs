using CoachBot.Host.Tests.Channels.Slack;

namespace CoachBot.Host.Tests.Channels.Delivery;

/// <summary>Replies Slack could not take, kept in the database outbox: across a restart, between instances, and never twice.</summary>
public sealed class ReplyRedeliveryTests
{
    private const string Answer = "Oh no, your card with your trip on Thursday, that's worrying. Did it show a message? I'll block it now and have a new one with you by Wednesday. Thank you, I'll call you Wednesday to check.";
    private const string Outbox = "SELECT COUNT(*) FROM reply_outbox";

    private static readonly Dictionary<string, string> QuickRetries = new()
    {
        ["Slack:ServerErrorRetryDelay"] = "00:00:00.05",
        ["Redelivery:FirstDelay"] = "00:00:00.2",
    };

    [Fact]
    public async Task RepliesWaitingWhenTheHostStops_ArriveOnceAndInOrder_FromTheNextHost()
    {
        await using var host = await SlackTestHost.StartAsync(settings: QuickRetries);
        await host.PostJsonAsync("/slack/events", SlackTestHost.Event("practice bank"));
        await SlackTestHost.Eventually(() => host.Slack.Posted.Count == 1, "the scenario");

        host.Slack.Failures["chat.postMessage"] = new(Enumerable.Repeat("503", 1000));
        await host.PostJsonAsync("/slack/events", SlackTestHost.Event(Answer));
        await host.PostJsonAsync("/slack/events", SlackTestHost.Event("progress"));
        await SlackTestHost.Eventually(() => host.Factory.Count(Outbox) == 2, "both replies kept");

        await host.RestartAsync(whileStopped: () => host.Slack.Failures.Clear());

        await SlackTestHost.Eventually(() => host.Factory.Count(Outbox) == 0, "the outbox emptied by the new host", seconds: 30);
        var texts = host.Slack.Posted.Skip(1).Select(p => p.Message["text"]!.GetValue<string>()).ToList();
        Assert.Equal(2, texts.Count);
        Assert.Contains("Your scores", texts[0], StringComparison.Ordinal);
        Assert.DoesNotContain("Your scores", texts[1], StringComparison.Ordinal);
        Assert.Equal(1, host.Factory.Count("SELECT COUNT(*) FROM attempts WHERE ChannelId='slack'"));
    }

    [Fact]
    public async Task AReplySlackTookDespiteA5xx_IsFoundInTheHistory_AndNotPostedAgain()
    {
        await using var host = await SlackTestHost.StartAsync(settings: QuickRetries);
        await host.PostJsonAsync("/slack/events", SlackTestHost.Event("practice bank"));
        await SlackTestHost.Eventually(() => host.Slack.Posted.Count == 1, "the scenario");

        host.Slack.Failures["chat.postMessage"] = new(["503-taken"]);
        await host.PostJsonAsync("/slack/events", SlackTestHost.Event(Answer));
        await SlackTestHost.Eventually(() => host.Slack.CallsTo("conversations.history").Count == 1, "the DM's history looked at");
        await SlackTestHost.Eventually(() => host.Factory.Count(Outbox) == 0, "the reply settled");

        Assert.Equal(2, host.Slack.CallsTo("chat.postMessage").Count); // the scenario, and the scores once
        Assert.Single(host.Slack.Posted, p => p.Message["text"]!.GetValue<string>().Contains("Your scores", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TwoInstancesOnOneOutbox_PostEachReplyOnce_InOrderPerConversation()
    {
        var racing = new Dictionary<string, string>(QuickRetries) { ["Redelivery:PollInterval"] = "00:00:00.02" };
        await using var host = await SlackTestHost.StartAsync(settings: racing);
        await using var other = host.AnotherInstance(racing);
        using var otherClient = other.CreateClient(); // both hosts run, each polling the same outbox

        // Channel posts (C…): no history is looked at before posting them, so only the claim keeps them from going twice.
        const int conversations = 4, perConversation = 10;
        var rows = Enumerable.Range(0, conversations * perConversation).Select(i =>
            $"('slack', 'C{i % conversations}', '{{\"Channel\":\"C{i % conversations}\",\"Text\":\"reply {i / conversations}\",\"BlocksJson\":\"[]\",\"ReplyId\":\"r{i}\"}}', 0, '2020-01-01 00:00:00', '2020-01-01 00:00:00')");
        host.Factory.Strings($"INSERT INTO reply_outbox (Target, Conversation, Payload, Attempts, DueAtUtc, CreatedAtUtc) VALUES {string.Join(", ", rows)} RETURNING Id");

        await SlackTestHost.Eventually(() => host.Factory.Count(Outbox) == 0, "the outbox emptied", seconds: 30);
        Assert.Equal(conversations * perConversation, host.Slack.CallsTo("chat.postMessage").Count);
        for (var c = 0; c < conversations; c++)
        {
            var texts = host.Slack.Posted.Where(p => p.Channel == $"C{c}").Select(p => p.Message["text"]!.GetValue<string>());
            Assert.Equal(Enumerable.Range(0, perConversation).Select(n => $"reply {n}"), texts);
        }
    }
}

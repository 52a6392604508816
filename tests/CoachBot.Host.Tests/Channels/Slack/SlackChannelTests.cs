using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CoachBot.Host.Channels.Pipeline;
using CoachBot.Host.Channels.Slack;

namespace CoachBot.Host.Tests.Channels.Slack;

public sealed class SlackChannelTests
{
    private const string GoodAnswer = "Oh no, your card with your trip on Thursday, that's worrying. Did it show a message? I'll block it now and have a new one with you by Wednesday. Thank you, I'll call you Wednesday to check.";

    [Fact]
    public async Task UrlVerification_EchoesTheChallenge()
    {
        await using var host = await SlackTestHost.StartAsync();

        var response = await host.PostJsonAsync("/slack/events", new JsonObject { ["type"] = "url_verification", ["challenge"] = "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", ["token"] = "x" });

        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", (await response.Content.ReadFromJsonAsync<JsonObject>())!["challenge"]!.GetValue<string>());
    }

    [Fact]
    public async Task DirectMessage_PractiseRoundTrip_PostsBlocksAndStoresTheAttempt()
    {
        await using var host = await SlackTestHost.StartAsync();

        Assert.Equal(HttpStatusCode.OK, (await host.PostJsonAsync("/slack/events", SlackTestHost.Event("practice bank"))).StatusCode);
        await SlackTestHost.Eventually(() => host.Slack.CallsTo("chat.postMessage").Count == 1, "the scenario");
        var scenario = host.Slack.CallsTo("chat.postMessage")[0];
        Assert.Equal("D123", scenario["channel"]!.GetValue<string>());
        Assert.Equal("The cash machine kept my card", scenario["blocks"]![0]!["text"]!["text"]!.GetValue<string>());
        Assert.Contains("Scenario:", scenario["text"]!.GetValue<string>());
        Assert.Equal("Bearer xoxb-test-token", host.Slack.Calls.First().Authorization);

        await host.PostJsonAsync("/slack/events", SlackTestHost.Event(GoodAnswer));
        await SlackTestHost.Eventually(() => host.Slack.CallsTo("chat.postMessage").Count == 2, "the scores");
        Assert.Equal("Your scores (0-3)", host.Slack.CallsTo("chat.postMessage")[1]["blocks"]![0]!["text"]!["text"]!.GetValue<string>());
        Assert.Equal(1, host.Factory.Count("SELECT COUNT(*) FROM attempts WHERE ChannelId='slack' AND ConversationId='D123' AND UserId='U1'"));
    }

    [Fact]
    public async Task DirectMessage_InRussian_ChoosesTheLanguage_AndTheBlocksAreInRussian()
    {
        await using var host = await SlackTestHost.StartAsync();

        await host.PostJsonAsync("/slack/events", SlackTestHost.Event("язык ru", eventId: "Ev-RU-1"));
        await SlackTestHost.Eventually(() => host.Slack.CallsTo("chat.postMessage").Count == 1, "the confirmation");
        await host.PostJsonAsync("/slack/events", SlackTestHost.Event("тренировка банк", eventId: "Ev-RU-2"));
        await SlackTestHost.Eventually(() => host.Slack.CallsTo("chat.postMessage").Count == 2, "the scenario");

        Assert.Equal("Теперь я буду говорить с вами по-русски.", host.Slack.CallsTo("chat.postMessage")[0]["text"]!.GetValue<string>());
        var scenario = host.Slack.CallsTo("chat.postMessage")[1];
        Assert.StartsWith("Ситуация:", scenario["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.StartsWith("*Сфера:* банк", scenario["blocks"]![1]!["text"]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        var buttons = scenario["blocks"]!.AsArray().Last()!["elements"]!.AsArray().Select(b => b!["text"]!["text"]!.GetValue<string>()).ToList();
        Assert.Equal(["Ответить", "Показать образец", "Следующая ситуация"], buttons);
    }

    [Fact]
    public async Task ANewPersonsPractice_PostsAButtonPerIndustry_AndPressingOneStartsAndRemembersIt()
    {
        await using var host = await SlackTestHost.StartAsync();

        await host.PostJsonAsync("/slack/events", SlackTestHost.Event("practice", eventId: "Ev-CHOICE-1"));
        await SlackTestHost.Eventually(() => host.Slack.CallsTo("chat.postMessage").Count == 1, "the choice");
        var buttons = host.Slack.CallsTo("chat.postMessage")[0]["blocks"]!.AsArray().Last()!["elements"]!.AsArray();
        Assert.Equal(13, buttons.Count);
        Assert.Equal(13, buttons.Select(b => b!["action_id"]!.GetValue<string>()).Distinct().Count());
        Assert.Contains(buttons, b => b!["text"]!["text"]!.GetValue<string>() == "Telecom support" && b["value"]!.GetValue<string>() == "practice telecom support");

        await host.PostFormAsync("/slack/interactions", new Dictionary<string, string> { ["payload"] = SlackInteractions.BlockAction("practice telecom support", "D123").ToJsonString() });
        await SlackTestHost.Eventually(() => host.Slack.CallsTo("chat.postMessage").Count == 2, "the scenario");
        Assert.StartsWith("*Industry:* telecom support", host.Slack.CallsTo("chat.postMessage")[1]["blocks"]![1]!["text"]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("telecom support", host.Factory.Strings("SELECT Industry FROM practice_choices WHERE ChannelId = 'slack' AND UserId = 'U1'").Single());
    }

    [Fact]
    public async Task RetriedEvent_IsProcessedOnce()
    {
        await using var host = await SlackTestHost.StartAsync();
        var first = SlackTestHost.Event("practice", eventId: "Ev-RETRIED");

        await host.PostJsonAsync("/slack/events", first);
        var retry = await host.PostJsonAsync("/slack/events", first, r => { r.Headers.Add("X-Slack-Retry-Num", "1"); r.Headers.Add("X-Slack-Retry-Reason", "http_timeout"); });
        await host.PostJsonAsync("/slack/events", SlackTestHost.Event("help"));

        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        await SlackTestHost.Eventually(() => host.Slack.CallsTo("chat.postMessage").Count == 2, "the practice and the help replies");
        await Task.Delay(300);
        Assert.Equal(2, host.Slack.CallsTo("chat.postMessage").Count);
        Assert.Equal(2, host.Factory.Count("SELECT COUNT(*) FROM inbound_events WHERE Source='slack'"));
    }

    [Fact]
    public async Task SameEventDeliveredSixTimesAtOnce_IsProcessedOnce()
    {
        // The six event ids may land in one shared transaction; only the first may count.
        await using var host = await SlackTestHost.StartAsync();
        var first = SlackTestHost.Event("practice", eventId: "Ev-SIX");

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => host.PostJsonAsync("/slack/events", first)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        await SlackTestHost.Eventually(() => host.Slack.CallsTo("chat.postMessage").Count >= 1, "the practice reply");
        await Task.Delay(300);
        Assert.Single(host.Slack.CallsTo("chat.postMessage"));
        Assert.Equal(1, host.Factory.Count("SELECT COUNT(*) FROM inbound_events WHERE EventId='Ev-SIX'"));
    }

    [Fact]
    public async Task ASlowReplyToOnePerson_DoesNotHoldUpAnother_AndEachPersonsMessagesStayInOrder()
    {
        await using var host = await SlackTestHost.StartAsync();
        host.Slack.PostDelays["DSLOW"] = TimeSpan.FromSeconds(4);
        // Someone whose work is not queued behind the slow person's (the host runs in this process: same string hashes).
        var slowLane = ConversationWorkQueue.LaneOf(ConversationWorkQueue.OrderKey("DSLOW", "USLOW"));
        var other = Enumerable.Range(1, 100).Select(i => $"UFAST{i}").First(u => ConversationWorkQueue.LaneOf(ConversationWorkQueue.OrderKey("DFAST", u)) != slowLane);

        await host.PostJsonAsync("/slack/events", SlackTestHost.Event("help", channel: "DSLOW", user: "USLOW"));
        await host.PostJsonAsync("/slack/events", SlackTestHost.Event("practice bank", channel: "DSLOW", user: "USLOW"));
        await host.PostJsonAsync("/slack/events", SlackTestHost.Event("practice bank", channel: "DFAST", user: other));

        await SlackTestHost.Eventually(() => host.Slack.Posted.Any(p => p.Channel == "DFAST"), "the other person's reply", seconds: 3);
        Assert.DoesNotContain(host.Slack.Posted, p => p.Channel == "DSLOW"); // still on its first, slow post
        await SlackTestHost.Eventually(() => host.Slack.Posted.Count(p => p.Channel == "DSLOW") == 2, "both slow replies", seconds: 15);
        var slow = host.Slack.Posted.Where(p => p.Channel == "DSLOW").Select(p => p.Message["text"]!.GetValue<string>()).ToList();
        Assert.DoesNotContain("Scenario:", slow[0]); // help first, then the scenario, as they were sent
        Assert.Contains("Scenario:", slow[1]);
    }

    [Fact]
    public async Task AppMention_InAChannel_StripsTheMention_AndRepliesInThread()
    {
        await using var host = await SlackTestHost.StartAsync();

        await host.PostJsonAsync("/slack/events", SlackTestHost.Event("<@UBOT> practice restaurant", channel: "C1", type: "app_mention"));

        await SlackTestHost.Eventually(() => host.Slack.CallsTo("chat.postMessage").Count == 1, "the reply");
        var reply = host.Slack.CallsTo("chat.postMessage")[0];
        Assert.Equal("C1", reply["channel"]!.GetValue<string>());
        Assert.Equal("1700000001.000200", reply["thread_ts"]!.GetValue<string>());
        Assert.Equal("The birthday table that was given away", reply["blocks"]![0]!["text"]!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task BotsOwnMessagesAndEdits_AreIgnored()
    {
        await using var host = await SlackTestHost.StartAsync();
        var own = SlackTestHost.Event("practice");
        own["event"]!["bot_id"] = "B1";
        var edit = SlackTestHost.Event("practice");
        edit["event"]!["subtype"] = "message_changed";
        var self = SlackTestHost.Event("practice", user: "UBOT");

        foreach (var e in new[] { own, edit, self })
        {
            await host.PostJsonAsync("/slack/events", e);
        }

        await host.PostJsonAsync("/slack/events", SlackTestHost.Event("help"));
        await SlackTestHost.Eventually(() => host.Slack.CallsTo("chat.postMessage").Count == 1, "the help reply");
        Assert.Contains("Commands:", host.Slack.CallsTo("chat.postMessage")[0]["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task SlashCommand_Progress_AnswersInTheAcknowledgement()
    {
        await using var host = await SlackTestHost.StartAsync();

        var response = await host.PostFormAsync("/slack/commands", host.Command("progress"));

        var ack = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("ephemeral", ack["response_type"]!.GetValue<string>());
        Assert.Contains("No practice yet", ack["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task SlashCommand_Practice_ThenTheAnswerModal_ScoresPrivatelyInTheChannel()
    {
        await using var host = await SlackTestHost.StartAsync();
        var ack = (await (await host.PostFormAsync("/slack/commands", host.Command("practice optician-glasses-trip"))).Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("Glasses not ready before a trip", ack["blocks"]![0]!["text"]!["text"]!.GetValue<string>());
        var answerButton = ack["blocks"]!.AsArray().Last()!["elements"]![0]!;
        Assert.Equal("coach:answer", answerButton["action_id"]!.GetValue<string>());

        await host.PostFormAsync("/slack/interactions", new Dictionary<string, string> { ["payload"] = SlackInteractions.BlockAction("answer", "C1").ToJsonString() });
        await SlackTestHost.Eventually(() => host.Slack.CallsTo("views.open").Count == 1, "the modal");
        var view = host.Slack.CallsTo("views.open")[0];
        Assert.Equal("trigger-1", view["trigger_id"]!.GetValue<string>());
        Assert.Equal("coach_answer", view["view"]!["callback_id"]!.GetValue<string>());

        var empty = await host.PostFormAsync("/slack/interactions", new Dictionary<string, string> { ["payload"] = SlackInteractions.Submission("  ", "C1").ToJsonString() });
        Assert.Equal("errors", (await empty.Content.ReadFromJsonAsync<JsonObject>())!["response_action"]!.GetValue<string>());

        var submitted = await host.PostFormAsync("/slack/interactions", new Dictionary<string, string> { ["payload"] = SlackInteractions.Submission("I'm so sorry, I'll call the lab now and ring you by 4 pm. Thank you.", "C1").ToJsonString() });
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        await SlackTestHost.Eventually(() => host.Slack.CallsTo("chat.postEphemeral").Count == 1, "the private scores");
        var scores = host.Slack.CallsTo("chat.postEphemeral")[0];
        Assert.Equal("U1", scores["user"]!.GetValue<string>());
        Assert.Equal("Your scores (0-3)", scores["blocks"]![0]!["text"]!["text"]!.GetValue<string>());
        Assert.Equal(1, host.Factory.Count("SELECT COUNT(*) FROM attempts WHERE ChannelId='slack' AND ConversationId='C1' AND ScenarioId='optician-glasses-trip'"));
    }

    [Fact]
    public async Task AChannelPromptsAnswerButton_OpensThatScenarioForWhoeverClicks()
    {
        await using var host = await SlackTestHost.StartAsync();
        var click = SlackInteractions.BlockAction("answer", "C7");
        click["actions"]![0]!["value"] = "answer:hotel-room-not-ready";
        click["user"]!["id"] = "U9";

        await host.PostFormAsync("/slack/interactions", new Dictionary<string, string> { ["payload"] = click.ToJsonString() });

        await SlackTestHost.Eventually(() => host.Slack.CallsTo("views.open").Count == 1, "the modal");
        Assert.Contains("travelling all night", host.Slack.CallsTo("views.open")[0]["view"]!["blocks"]![0]!["text"]!["text"]!.GetValue<string>());
        Assert.Equal("hotel-room-not-ready", host.Factory.Strings("SELECT OpenScenarioId FROM dialog_states WHERE ConversationId='C7' AND UserId='U9'").Single());
    }

    [Fact]
    public async Task ButtonClick_InADirectMessage_PostsTheNextScenario()
    {
        await using var host = await SlackTestHost.StartAsync();
        await host.PostJsonAsync("/slack/events", SlackTestHost.Event("practice bank"));
        await SlackTestHost.Eventually(() => host.Slack.CallsTo("chat.postMessage").Count == 1, "the scenario");

        await host.PostFormAsync("/slack/interactions", new Dictionary<string, string> { ["payload"] = SlackInteractions.BlockAction("next", "D123").ToJsonString() });

        await SlackTestHost.Eventually(() => host.Slack.CallsTo("chat.postMessage").Count == 2, "the next scenario");
        Assert.Equal("My father can't come in to sign", host.Slack.CallsTo("chat.postMessage")[1]["blocks"]![0]!["text"]!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Throttled429_IsRetriedAfterRetryAfter_AndOkFalseDoesNotStopLaterWork()
    {
        await using var host = await SlackTestHost.StartAsync();
        host.Slack.Failures["chat.postMessage"] = new(["429", "channel_not_found"]);

        await host.PostJsonAsync("/slack/events", SlackTestHost.Event("help"));
        await host.PostJsonAsync("/slack/events", SlackTestHost.Event("help"));

        await SlackTestHost.Eventually(() => host.Slack.CallsTo("chat.postMessage").Count == 3, "retry, refusal, then success");
    }

    [Theory]
    [InlineData("/slack/events", "forged")]
    [InlineData("/slack/events", "stale")]
    [InlineData("/slack/events", "missing")]
    [InlineData("/slack/commands", "forged")]
    [InlineData("/slack/interactions", "stale")]
    public async Task BadSignature_Is401_AndNothingIsStoredOrPosted(string path, string kind)
    {
        await using var host = await SlackTestHost.StartAsync();
        var body = path == "/slack/events" ? SlackTestHost.Event("practice").ToJsonString()
            : path == "/slack/commands" ? "command=%2Fcoach&text=practice&user_id=U1&channel_id=C1"
            : "payload=" + Uri.EscapeDataString(SlackInteractions.BlockAction("next", "D123").ToJsonString());
        void Tweak(HttpRequestMessage r)
        {
            r.Headers.Remove("X-Slack-Signature");
            if (kind == "missing")
            {
                r.Headers.Remove("X-Slack-Request-Timestamp");
                return;
            }

            var ts = kind == "stale" ? DateTimeOffset.UtcNow.AddMinutes(-6).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture) : r.Headers.GetValues("X-Slack-Request-Timestamp").Single();
            r.Headers.Remove("X-Slack-Request-Timestamp");
            r.Headers.Add("X-Slack-Request-Timestamp", ts);
            var secret = kind == "forged" ? "someone-elses-secret" : SlackTestHost.SigningSecret;
            r.Headers.Add("X-Slack-Signature", CoachBot.Host.Channels.Slack.SlackSignature.Compute(secret, ts, System.Text.Encoding.UTF8.GetBytes(body)));
        }

        var response = await host.PostAsync(path, body, path == "/slack/events" ? "application/json" : "application/x-www-form-urlencoded", Tweak);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await Task.Delay(200);
        Assert.Empty(host.Slack.Calls);
        Assert.Equal(0, host.Factory.Count("SELECT COUNT(*) FROM dialog_states"));
        Assert.Equal(0, host.Factory.Count("SELECT COUNT(*) FROM inbound_events"));
    }

    [Fact]
    public async Task SignedButMalformed_Is400_AndAHugeAnswerGetsAClearReply()
    {
        await using var host = await SlackTestHost.StartAsync();

        var badJson = await host.PostAsync("/slack/events", "{not json", "application/json");
        var noPayload = await host.PostFormAsync("/slack/interactions", new Dictionary<string, string> { ["payload"] = "[1,2" });
        await host.PostJsonAsync("/slack/events", SlackTestHost.Event("practice bank"));
        await host.PostJsonAsync("/slack/events", SlackTestHost.Event(new string('я', 20_000)));

        Assert.Equal(HttpStatusCode.BadRequest, badJson.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noPayload.StatusCode);
        await SlackTestHost.Eventually(() => host.Slack.CallsTo("chat.postMessage").Count == 2, "the reply to the huge answer");
        Assert.Contains("20,000 characters", host.Slack.CallsTo("chat.postMessage")[1]["text"]!.GetValue<string>());
        Assert.Equal(0, host.Factory.Count("SELECT COUNT(*) FROM attempts"));
    }
}

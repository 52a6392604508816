using System.Globalization;
using System.Net;
using System.Text;
using CoachBot.Core.People;
using CoachBot.Host.Channels.Slack;
using CoachBot.Host.Tests.Channels.Slack;
using CoachBot.Host.Tests.Support;

namespace CoachBot.Host.Tests.Security;

/// <summary>Replayed signed bodies, what is logged, what Slack is sent, and whom a manager may prompt.</summary>
public sealed class SlackHardeningTests
{
    private const string Answer = "I'm so sorry your card was swallowed. I'll order a new one now; it will be here by Thursday, and I'll call you Friday.";

    [Fact]
    public async Task SignedCommand_ReplayedWithinTheWindow_IsRefused_AndStoredOnce()
    {
        await using var host = await SlackTestHost.StartAsync();
        (await host.PostFormAsync("/slack/commands", host.Command("practice bank"))).EnsureSuccessStatusCode();
        var captured = Signed(host.Command(Answer));

        var first = await host.Client.SendAsync(captured());
        var replays = new[] { await host.Client.SendAsync(captured()), await host.Client.SendAsync(captured()) };

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.All(replays, r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        Assert.Equal(1, host.Factory.Count("SELECT COUNT(*) FROM attempts"));
    }

    [Fact]
    public async Task SignedInteraction_Replayed_IsRefused_AndStoredOnce()
    {
        await using var host = await SlackTestHost.StartAsync();
        (await host.PostFormAsync("/slack/commands", host.Command("practice bank"))).EnsureSuccessStatusCode();
        var submission = new System.Text.Json.Nodes.JsonObject
        {
            ["type"] = "view_submission",
            ["user"] = new System.Text.Json.Nodes.JsonObject { ["id"] = "U1" },
            ["view"] = System.Text.Json.Nodes.JsonNode.Parse(
                """{"callback_id":"coach_answer","private_metadata":"C1","state":{"values":{"answer":{"text":{"type":"plain_text_input","value":"ANSWER"}}}}}"""
                    .Replace("ANSWER", Answer, StringComparison.Ordinal)),
        };
        var captured = Signed(new Dictionary<string, string> { ["payload"] = submission.ToJsonString() }, "/slack/interactions");

        Assert.Equal(HttpStatusCode.OK, (await host.Client.SendAsync(captured())).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await host.Client.SendAsync(captured())).StatusCode);
        await SlackTestHost.Eventually(() => host.Slack.CallsTo("chat.postEphemeral").Count == 1, "the scores");
        Assert.Equal(1, host.Factory.Count("SELECT COUNT(*) FROM attempts"));
    }

    [Fact]
    public async Task ResponseUrl_IsNeverWrittenToTheLog()
    {
        var logs = new CapturedLogs();
        await using var llm = await FakeOpenAi.StartAsync();
        await using var host = await SlackTestHost.StartAsync(
            settings: new Dictionary<string, string> { ["Scoring:Llm:Endpoint"] = llm.Endpoint, ["Scoring:Llm:Model"] = "gpt-test", ["Scoring:Llm:TimeoutSeconds"] = "3" },
            services: s => s.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(logs));
        (await host.PostFormAsync("/slack/commands", host.Command("practice bank"))).EnsureSuccessStatusCode();

        // A slow scorer outlasts Slack's 3 seconds: the command is acknowledged at once and the scores follow through its response_url.
        llm.Script.Enqueue(FakeOpenAi.Reply.Slow);
        var ack = await (await host.PostFormAsync("/slack/commands", host.Command(Answer))).Content.ReadAsStringAsync();

        await SlackTestHost.Eventually(() => !host.Slack.Hooks.IsEmpty, "the scores through response_url");
        Assert.DoesNotContain("Listen first", ack, StringComparison.Ordinal);
        Assert.NotEmpty(logs.Lines);
        Assert.DoesNotContain(logs.Lines, l => l.Contains("/hooks/T1/123/abc", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FallbackText_IsEscaped_SoAMentionTypedByAnEmployeeIsNotSentRaw()
    {
        await using var host = await SlackTestHost.StartAsync();

        await host.PostJsonAsync("/slack/events", SlackTestHost.Event("practice <!channel> & <!here>"));

        await SlackTestHost.Eventually(() => host.Slack.CallsTo("chat.postMessage").Count == 1, "the reply");
        var text = host.Slack.CallsTo("chat.postMessage")[0]["text"]!.GetValue<string>();
        Assert.Contains("&lt;!channel&gt; &amp; &lt;!here&gt;", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<!channel>", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Manager_SchedulesOnlyForTheirOwnReports_AndARefusalStoresNothing()
    {
        await using var host = await SlackTestHost.StartAsync();
        await host.Factory.Services.GetRequiredService<IPeopleDirectory>().ImportAsync(
        [
            new("mia", "Mia", null, "Desk", null, Role.Manager, [new ChatAccount("slack", "UMIA")]),
            new("ana", "Ana", null, "Desk", "mia", Role.Employee, [new ChatAccount("slack", "UANA")]),
            new("kai", "Kai", null, "Kitchen", null, Role.Manager, [new ChatAccount("slack", "UKAI")]),
            new("cara", "Cara", null, "Kitchen", "kai", Role.Employee, [new ChatAccount("slack", "UCARA")]),
        ], default);

        var refused = await CommandAsync(host, "UMIA", "schedule weekdays at 09:00 for <@UANA> <@UCARA>");
        var storedAfterRefusal = host.Factory.Count("SELECT COUNT(*) FROM nudge_schedules");
        var allowed = await CommandAsync(host, "UMIA", "schedule weekdays at 09:00 for <@UANA>");

        Assert.Contains("only for people who report to you, and @UCARA do not. Nothing was scheduled.", refused, StringComparison.Ordinal);
        Assert.Equal(0, storedAfterRefusal);
        Assert.Contains("for 1 person", allowed, StringComparison.Ordinal);
        Assert.Equal(1, host.Factory.Count("SELECT COUNT(*) FROM nudge_schedules"));
    }

    private static async Task<string> CommandAsync(SlackTestHost host, string user, string text)
    {
        var form = host.Command(text);
        form["user_id"] = user;
        return await (await host.PostFormAsync("/slack/commands", form)).Content.ReadAsStringAsync();
    }

    /// <summary>One signed request, as captured off the wire: each call makes the same bytes with the same headers.</summary>
    private static Func<HttpRequestMessage> Signed(IDictionary<string, string> form, string path = "/slack/commands")
    {
        var body = Encoding.UTF8.GetBytes(string.Join('&', form.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}")));
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = SlackSignature.Compute(SlackTestHost.SigningSecret, timestamp, body);
        return () =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = new("application/x-www-form-urlencoded");
            request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
            request.Headers.Add("X-Slack-Signature", signature);
            return request;
        };
    }
}

using System.Text.Json.Nodes;

namespace CoachBot.Host.Tests.Channels.Slack;

/// <summary>Socket Mode against a real WebSocket server on loopback that speaks Slack's envelope protocol.</summary>
public sealed class SocketModeTests
{
    [Fact]
    public async Task Envelopes_AreAcknowledged_AndHandled_AcrossAReconnect()
    {
        await using var host = await SlackTestHost.StartAsync(socketMode: true);
        await SlackTestHost.Eventually(() => host.Slack.SocketSessions == 1, "the first session");
        Assert.Equal("Bearer xapp-test-token", host.Slack.Calls.First(c => c.Method == "apps.connections.open").Authorization);

        host.Slack.Push(Envelope("env-1", "events_api", SlackTestHost.Event("practice bank")));
        await SlackTestHost.Eventually(() => host.Slack.CallsTo("chat.postMessage").Count == 1, "the scenario");
        Assert.Contains(host.Slack.Acks, a => a["envelope_id"]!.GetValue<string>() == "env-1");

        host.Slack.Disconnect();
        await SlackTestHost.Eventually(() => host.Slack.SocketSessions == 2, "the reconnect");
        Assert.Equal(2, host.Slack.CallsTo("apps.connections.open").Count);

        var command = Envelope("env-2", "slash_commands", new JsonObject
        {
            ["command"] = "/coach", ["text"] = "progress", ["user_id"] = "U1", ["channel_id"] = "C1", ["response_url"] = host.Slack.ResponseUrl,
        });
        command["accepts_response_payload"] = true;
        host.Slack.Push(command);
        await SlackTestHost.Eventually(() => host.Slack.Acks.Any(a => a["envelope_id"]!.GetValue<string>() == "env-2"), "the command's ack");
        var ack = host.Slack.Acks.Single(a => a["envelope_id"]!.GetValue<string>() == "env-2");
        Assert.Equal("ephemeral", ack["payload"]!["response_type"]!.GetValue<string>());

        host.Slack.Push(Envelope("env-3", "events_api", SlackTestHost.Event("I'm so sorry about your card. I'll block it now and call you by 5 pm. Thank you.")));
        await SlackTestHost.Eventually(() => host.Slack.CallsTo("chat.postMessage").Count == 2, "the scores after the reconnect");
        Assert.Equal(1, host.Factory.Count("SELECT COUNT(*) FROM attempts WHERE ChannelId='slack'"));
    }

    private static JsonObject Envelope(string id, string type, JsonObject payload) => new()
    {
        ["envelope_id"] = id,
        ["type"] = type,
        ["payload"] = payload,
        ["accepts_response_payload"] = false,
        ["retry_attempt"] = 0,
    };
}

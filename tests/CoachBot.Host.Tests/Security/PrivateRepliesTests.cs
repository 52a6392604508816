using System.Text.Json.Nodes;
using CoachBot.Core.People;
using CoachBot.Host.Tests.Channels.Slack;
using CoachBot.Host.Tests.Channels.Teams;
using CoachBot.Host.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.Host.Tests.Security;

/// <summary>A data link, progress or a team report asked for in a shared Slack or Teams conversation goes only to the person who asked.</summary>
public sealed class PrivateRepliesTests
{
    [Fact]
    public async Task Slack_MyDataAndTeam_AskedInAChannelThread_GoToTheDm_AndTheThreadGetsOnlyANote()
    {
        await using var host = await SlackTestHost.StartAsync();
        await host.Factory.Services.GetRequiredService<IPeopleDirectory>().ImportAsync(
        [
            new("mia", "Mia Manager", null, "Front desk", null, Role.Manager, [new ChatAccount("slack", "U1")]),
            new("ana", "Ana Alvarez", null, "Front desk", "mia", Role.Employee, [new ChatAccount("slack", "U0ANA")]),
        ], default);

        await host.PostJsonAsync("/slack/events", SlackTestHost.Event("<@UBOT> my data", channel: "C1", type: "app_mention", eventId: "Ev1"));
        await host.PostJsonAsync("/slack/events", SlackTestHost.Event("<@UBOT> team", channel: "C1", type: "app_mention", eventId: "Ev2"));
        await SlackTestHost.Eventually(() => host.Slack.CallsTo("chat.postMessage").Count == 4, "two DMs and two notes");

        var posts = host.Slack.CallsTo("chat.postMessage");
        var inChannel = posts.Where(p => p["channel"]!.GetValue<string>() == "C1").Select(p => p.ToJsonString()).ToList();
        var direct = posts.Where(p => p["channel"]!.GetValue<string>() == "U1").Select(p => p.ToJsonString()).ToList();
        Assert.Equal(2, inChannel.Count);
        Assert.All(inChannel, p => Assert.Contains("sent you a direct message", p));
        Assert.All(inChannel, p => Assert.DoesNotContain("/data/", p));
        Assert.All(inChannel, p => Assert.DoesNotContain("Ana Alvarez", p));
        Assert.Contains(direct, p => p.Contains("Your data export is ready", StringComparison.Ordinal));
        Assert.Contains(direct, p => p.Contains("Not practised this week: Ana Alvarez", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Slack_MyData_InTheDm_IsAnsweredThereAsBefore()
    {
        await using var host = await SlackTestHost.StartAsync();

        await host.PostJsonAsync("/slack/events", SlackTestHost.Event("my data", channel: "D123"));
        await SlackTestHost.Eventually(() => host.Slack.CallsTo("chat.postMessage").Count == 1, "the reply");

        var reply = host.Slack.CallsTo("chat.postMessage")[0];
        Assert.Equal("D123", reply["channel"]!.GetValue<string>());
        Assert.Contains("Your data export is ready", reply.ToJsonString());
    }

    [Fact]
    public async Task Teams_MyData_AskedInAChannel_GoesToThe1on1Chat_AndTheChannelGetsOnlyANote()
    {
        await using var host = await TeamsTestHost.StartAsync();

        await host.PostAsync(Mention(host, "<at>CoachBot</at> my data"), host.GoodToken());

        var sent = host.Cloud.ConnectorRequests.Where(r => r.Path.Contains("/activities", StringComparison.Ordinal)).ToList();
        var direct = Assert.Single(sent, r => r.Path.StartsWith("/connector/v3/conversations/a%3Acreated-1on1/", StringComparison.Ordinal));
        var inChannel = Assert.Single(sent, r => r.Path.Contains("19%3Ageneral", StringComparison.Ordinal));
        Assert.Contains("Your data export is ready", Activities.TextOf(direct.Body));
        Assert.Contains("sent you a direct message", Activities.TextOf(inChannel.Body));
        Assert.DoesNotContain("/data/", inChannel.Body!.ToJsonString());
    }

    [Fact]
    public async Task Teams_Progress_AskedInAChannel_WhenThe1on1ChatCannotBeOpened_IsRefusedInTheChannel()
    {
        await using var host = await TeamsTestHost.StartAsync();
        host.Cloud.ConnectorFailures.Enqueue(403); // Teams refuses to create the 1:1 chat: the app is not installed for the person

        await host.PostAsync(Mention(host, "<at>CoachBot</at> progress"), host.GoodToken());

        var sent = host.RepliesSent();
        var note = Activities.TextOf(Assert.Single(sent));
        Assert.Contains("can't message you privately", note);
        Assert.DoesNotContain("No practice yet", note);
    }

    private static JsonObject Mention(TeamsTestHost host, string text)
    {
        var activity = host.Activity("message", text, conversationType: "channel");
        activity["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = "<at>CoachBot</at>",
            ["mentioned"] = new JsonObject { ["id"] = "28:" + TeamsTestHost.AppId, ["name"] = "CoachBot" },
        });
        return activity;
    }
}

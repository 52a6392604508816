using System.Text.Json.Nodes;
using CoachBot.Core.People;
using CoachBot.Host.Tests.Channels.Slack;
using CoachBot.Host.Tests.Channels.Teams;
using CoachBot.Host.Tests.Support;

namespace CoachBot.Host.Tests.Security;

/// <summary>A manager posts scheduled prompts only into a channel they are in; HR and admins into any.</summary>
public sealed class ChannelPromptTargetsTests
{
    [Fact]
    public async Task Slack_AManagerSchedulesOnlyForChannelsTheyAreIn_AndIsRefusedInTheirLanguage()
    {
        await using var host = await SlackTestHost.StartAsync();
        await host.Factory.Services.GetRequiredService<IPeopleDirectory>().ImportAsync(
        [
            new("mia", "Mia", null, "Desk", null, Role.Manager, [new ChatAccount("slack", "UMIA")]),
            new("hana", "Hana", null, "People", null, Role.Hr, [new ChatAccount("slack", "UHANA")]),
        ], default);
        host.Slack.ChannelMembers["CFRONT"] = ["UANA", "UMIA"];
        host.Slack.ChannelMembers["CKITCHEN"] = ["UKAI"];

        var notHers = await CommandAsync(host, "UMIA", "schedule weekdays at 09:00 for <#CKITCHEN|kitchen>");
        var privateOrUnknown = await CommandAsync(host, "UMIA", "schedule weekdays at 09:00 for <#CSECRET|secret>");
        await CommandAsync(host, "UMIA", "language ru");
        var inRussian = await CommandAsync(host, "UMIA", "schedule weekdays at 09:00 for <#CKITCHEN|kitchen>");
        var storedAfterRefusals = host.Factory.Count("SELECT COUNT(*) FROM nudge_schedules");
        var hers = await CommandAsync(host, "UMIA", "schedule weekdays at 09:00 for <#CFRONT|front>");
        var byHr = await CommandAsync(host, "UHANA", "schedule weekdays at 09:00 for <#CKITCHEN|kitchen>");

        Assert.Contains("only in a channel you are a member of", notHers, StringComparison.Ordinal);
        Assert.Contains("#CKITCHEN", notHers, StringComparison.Ordinal);
        Assert.Contains("Nothing was scheduled", privateOrUnknown, StringComparison.Ordinal);
        Assert.Contains("Ничего не запланировано", inRussian, StringComparison.Ordinal);
        Assert.Equal(0, storedAfterRefusals);
        Assert.DoesNotContain("Nothing was scheduled", hers, StringComparison.Ordinal);
        Assert.DoesNotContain("Nothing was scheduled", byHr, StringComparison.Ordinal);
        Assert.Equal(2, host.Factory.Count("SELECT COUNT(*) FROM nudge_schedules"));
        Assert.Contains(host.Slack.CallsTo("conversations.members"), c => c["channel"]!.GetValue<string>() == "CFRONT");
    }

    [Fact]
    public async Task Teams_AManagerSchedulesAChannelOnlyFromThatConversation()
    {
        await using var host = await TeamsTestHost.StartAsync();
        await host.Factory.Services.GetRequiredService<IPeopleDirectory>().ImportAsync(
            [new("mia", "Mia", null, "Desk", null, Role.Manager, [new ChatAccount("msteams", "29:alex")])], default);
        const string Command = "schedule weekdays at 09:00 for #19:general@thread.tacv2";

        await host.PostAsync(host.Activity("message", Command), host.GoodToken());
        var refusal = Activities.TextOf(Assert.Single(host.RepliesSent()));
        var storedAfterRefusal = host.Factory.Count("SELECT COUNT(*) FROM nudge_schedules");
        await host.PostAsync(Mention(host, Command), host.GoodToken());

        Assert.Contains("Nothing was scheduled", refusal, StringComparison.Ordinal);
        Assert.Equal(0, storedAfterRefusal);
        Assert.Equal(1, host.Factory.Count("SELECT COUNT(*) FROM nudge_schedules"));
    }

    private static JsonObject Mention(TeamsTestHost host, string text)
    {
        var activity = host.Activity("message", "<at>CoachBot</at> " + text, conversationType: "channel");
        activity["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = "<at>CoachBot</at>",
            ["mentioned"] = new JsonObject { ["id"] = "28:" + TeamsTestHost.AppId, ["name"] = "CoachBot" },
        });
        return activity;
    }

    private static async Task<string> CommandAsync(SlackTestHost host, string user, string text)
    {
        var form = host.Command(text);
        form["user_id"] = user;
        return await (await host.PostFormAsync("/slack/commands", form)).Content.ReadAsStringAsync();
    }
}

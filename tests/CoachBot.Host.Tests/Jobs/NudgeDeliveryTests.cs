using System.Globalization;
using CoachBot.Host.Jobs;
using CoachBot.Host.Tests.Channels.Slack;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.Host.Tests.Jobs;

/// <summary>Scheduled prompts through the real Hangfire server in the host, to the fake Slack.</summary>
[Collection(HangfireCollection.Name)]
public sealed class NudgeDeliveryTests
{
    [Fact]
    public async Task ScheduledFromSlack_FailsTwiceThenSucceeds_PostsOnce_AndTheReplyIsScored()
    {
        await using var host = await SlackTestHost.StartAsync();
        var london = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/London"));
        var at = london.AddMinutes(-1).ToString("HH:mm", CultureInfo.InvariantCulture);
        var ack = await (await host.PostFormAsync("/slack/commands", host.Command($"schedule daily at {at}"))).Content.ReadAsStringAsync();
        Assert.Contains("Europe/London", ack); // the recipient's zone from users.info
        host.Slack.Failures["chat.postMessage"] = new(["internal_error", "internal_error"]);

        host.Factory.Services.GetRequiredService<IRecurringJobManager>().Trigger(NudgeJobs.DueCheckId);
        await SlackTestHost.Eventually(() => host.Slack.CallsTo("chat.postMessage").Count == 3, "two failed attempts and a delivery (retries after 2 s and 10 s)", seconds: 40);
        await Task.Delay(1500);
        host.Factory.Services.GetRequiredService<IRecurringJobManager>().Trigger(NudgeJobs.DueCheckId);
        await Task.Delay(1500);

        Assert.Equal(3, host.Slack.CallsTo("chat.postMessage").Count);
        Assert.Equal("Sent", host.Factory.Strings("SELECT Status FROM nudge_deliveries").Single());
        Assert.Equal("U1", host.Slack.CallsTo("chat.postMessage")[2]["channel"]!.GetValue<string>()); // to the user id; Slack answers with the DM, D-U1

        await host.PostJsonAsync("/slack/events", SlackTestHost.Event("I'm so sorry. I'll sort it right now and call you by 5 pm. Thank you.", channel: "D-U1"));
        await SlackTestHost.Eventually(() => host.Factory.Count("SELECT COUNT(*) FROM attempts WHERE ConversationId='D-U1'") == 1, "the reply to the nudge to be scored");
    }

    [Fact]
    public async Task PromptsClaimedButNotSent_WhenTheHostStops_AreSentAfterTheRestart()
    {
        await using var host = await SlackTestHost.StartAsync();
        var now = DateTimeOffset.UtcNow;
        await host.Factory.Services.GetRequiredService<CoachBot.Core.Scheduling.INudgeStore>().AddAsync(new CoachBot.Core.Scheduling.NudgeSchedule(
            Guid.NewGuid(), "slack", "UM", [new("U7", "UTC"), new("U8", "UTC")],
            new CoachBot.Core.Scheduling.WeeklyRule(Enum.GetValues<DayOfWeek>().ToHashSet(), TimeOnly.FromDateTime(now.UtcDateTime.AddMinutes(-1))),
            new CoachBot.Core.Scheduling.NudgeContent(CoachBot.Core.Scheduling.NudgeContentKind.AnyScenario), false, null, [], now), default);
        using (var scope = host.Factory.Services.CreateScope())
        {
            // Claimed, as the due-check does, but the host stops before the delivery jobs run: Hangfire.InMemory forgets them.
            Assert.Equal(2, (await scope.ServiceProvider.GetRequiredService<CoachBot.Core.Scheduling.DuePromptClaimer>().ClaimDueAsync(default)).Count);
        }

        await host.RestartAsync();
        await SlackTestHost.Eventually(() => host.Factory.Count("SELECT COUNT(*) FROM nudge_deliveries WHERE Status = 'Sent'") == 2, "both prompts sent after the restart", seconds: 20);

        Assert.Equal(["U7", "U8"], host.Slack.CallsTo("chat.postMessage").Select(p => p["channel"]!.GetValue<string>()).Order());
    }

    [Fact]
    public async Task InterruptedDeliveries_AreNotPostedTwice_WhenSlackAlreadyHasThem()
    {
        await using var host = await SlackTestHost.StartAsync();
        var now = DateTimeOffset.UtcNow;
        await host.Factory.Services.GetRequiredService<CoachBot.Core.Scheduling.INudgeStore>().AddAsync(new CoachBot.Core.Scheduling.NudgeSchedule(
            Guid.NewGuid(), "slack", "UM", [new("U5", "UTC"), new("U6", "UTC")],
            new CoachBot.Core.Scheduling.WeeklyRule(Enum.GetValues<DayOfWeek>().ToHashSet(), TimeOnly.FromDateTime(now.UtcDateTime.AddMinutes(-1))),
            new CoachBot.Core.Scheduling.NudgeContent(CoachBot.Core.Scheduling.NudgeContentKind.AnyScenario), false, null, [], now), default);
        var log = host.Factory.Services.GetRequiredService<CoachBot.Core.Scheduling.INudgeDeliveryLog>();
        IReadOnlyList<Guid> claimed;
        using (var scope = host.Factory.Services.CreateScope())
        {
            claimed = await scope.ServiceProvider.GetRequiredService<CoachBot.Core.Scheduling.DuePromptClaimer>().ClaimDueAsync(default);
        }

        // Both were being sent when the host stopped; Slack had accepted U5's post (with its delivery id), not U6's.
        foreach (var id in claimed)
        {
            Assert.True(await log.TryMarkSendingAsync(id, default));
        }

        var u5 = claimed.Single(id => log.GetAsync(id, default).Result!.UserId == "U5");
        host.Slack.Posted.Enqueue(("D-U5", new System.Text.Json.Nodes.JsonObject
        {
            ["type"] = "message",
            ["metadata"] = new System.Text.Json.Nodes.JsonObject
            {
                ["event_type"] = "coachbot_prompt",
                ["event_payload"] = new System.Text.Json.Nodes.JsonObject { ["delivery_id"] = u5.ToString(), ["scenario_id"] = "bank-card-swallowed" },
            },
        }));

        await host.RestartAsync();
        await SlackTestHost.Eventually(() => host.Factory.Count("SELECT COUNT(*) FROM nudge_deliveries WHERE Status = 'Sent'") == 2, "both deliveries settled", seconds: 20);

        Assert.Equal(["U6"], host.Slack.CallsTo("chat.postMessage").Select(p => p["channel"]!.GetValue<string>()));
        Assert.Equal("bank-card-swallowed", host.Factory.Strings($"SELECT ScenarioId FROM nudge_deliveries WHERE UserId = 'U5'").Single());
        Assert.Equal("bank-card-swallowed", host.Factory.Strings("SELECT OpenScenarioId FROM dialog_states WHERE UserId = 'U5' AND ConversationId = 'D-U5'").Single());
        Assert.Equal("coachbot_prompt", host.Slack.CallsTo("chat.postMessage").Single()["metadata"]!["event_type"]!.GetValue<string>());
    }

    [Fact]
    public async Task ManagersAndTeams_FromConfiguration_ScheduleForMyTeam()
    {
        await using var host = await SlackTestHost.StartAsync(settings: new Dictionary<string, string>
        {
            ["Scheduling:Managers:0"] = "slack:U1",
            ["Scheduling:Teams:0:Manager"] = "slack:U1",
            ["Scheduling:Teams:0:Members:0"] = "U2",
            ["Scheduling:Teams:0:Members:1"] = "U3",
        });

        var ack = await (await host.PostFormAsync("/slack/commands", host.Command("schedule weekdays at 09:00 for my team adaptive"))).Content.ReadAsStringAsync();

        Assert.Contains("for 2 people", ack);
        Assert.Contains("Europe/London", ack);
    }
}

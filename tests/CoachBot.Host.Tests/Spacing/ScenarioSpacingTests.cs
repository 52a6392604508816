using System.Text.Json.Nodes;
using CoachBot.Core.Content;
using CoachBot.Core.People;
using CoachBot.Core.Scheduling;
using CoachBot.Host.Jobs;
using CoachBot.Host.Tests.Channels.Slack;
using CoachBot.Host.Tests.Jobs;
using CoachBot.Host.Tests.Reports;
using CoachBot.Host.Tests.Support;
using Hangfire;

namespace CoachBot.Host.Tests.Spacing;

/// <summary>
/// One spacing policy for practice, next and every prompt, over simulated days on a fake clock: no scenario comes back
/// within 30 days while one not seen that long exists, counting what a person was given and answered on all their linked
/// accounts, and what a channel was posted.
/// </summary>
[Collection(HangfireCollection.Name)]
public sealed class ScenarioSpacingTests
{
    private static readonly ContentPack Content = ContentLoader.Load(Path.Combine(AppContext.BaseDirectory, "prompts"));
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero); // the report host's clock

    [Fact]
    public async Task NextEachDay_OnTwoLinkedAccounts_NeverRepeatsWithin30Days_EvenWithoutAnswers()
    {
        await using var host = await ReportTestHost.StartAsync();
        await host.Factory.Services.GetRequiredService<IPeopleDirectory>().ImportAsync(
            [new Person("p-dan-7", "Dan Two-Phones", null, "Front desk", "p-mia-7", Role.Employee, [new("msteams", "29:dan-work"), new("msteams", "29:dan-tablet")])], default);
        var given = new List<(DateTimeOffset Day, string Id)>();

        for (var day = 0; day < 40; day++)
        {
            host.Clock.SetUtcNow(Start.AddDays(day));
            var account = day % 2 == 0 ? "29:dan-work" : "29:dan-tablet";
            given.Add((host.Clock.GetUtcNow(), ScenarioIdOf(await host.TeamsClient().SendAsync(ReportTestHost.Teams("next", account)))));
            if (day % 5 == 4)
            {
                await host.TeamsClient().SendAsync(ReportTestHost.Teams(ReportTestHost.GoodAnswer, account)); // answered now and then
            }
        }

        AssertSpaced(given, Content.Scenarios);
        Assert.Equal(40, given.Select(g => g.Id).Distinct().Count());
    }

    [Fact]
    public async Task ATopicPrompt_ThroughTheHangfireJob_NeverAnswered_GivesADifferentScenarioEachDay_AndCountsTheOtherAccount()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var host = await ReportTestHost.StartAsync(s => WithSlack(s, slack));
        // Ana answered a bank scenario in Teams; her prompts go to her Slack account, the same person in the directory.
        var answered = ScenarioIdOf(await host.TeamsClient().SendAsync(ReportTestHost.Teams("practice bank", "29:ana-7")));
        await host.TeamsClient().SendAsync(ReportTestHost.Teams(ReportTestHost.GoodAnswer, "29:ana-7"));
        await AddDailyScheduleAsync(host, new NudgeRecipient("UANA7", "UTC"), new NudgeContent(NudgeContentKind.Topic, "bank"));

        var prompted = await PromptDailyAsync(host, days: 35);

        var bank = Content.Scenarios.Where(s => s.Industry == "bank").Select(s => s.Id).ToList();
        Assert.Equal(bank.Where(id => id != answered), prompted.Take(bank.Count - 1).Select(p => p.Id)); // the topic first, not the one answered
        Assert.DoesNotContain(answered, prompted.Take(29).Select(p => p.Id)); // answered on day 0: due again after 30 days
        AssertSpaced([(Start, answered), .. prompted], Content.Scenarios);
        Assert.Equal(35, slack.CallsTo("chat.postMessage").Count);
        Assert.Equal(0, host.Factory.Count("SELECT COUNT(*) FROM attempts WHERE UserId = 'UANA7'")); // never answered
    }

    [Fact]
    public async Task AChannelPrompt_DoesNotRepeatDaily()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var host = await ReportTestHost.StartAsync(s => WithSlack(s, slack));
        await AddDailyScheduleAsync(host, new NudgeRecipient("CFRONT", "UTC", IsConversation: true), new NudgeContent(NudgeContentKind.AnyScenario));

        var posted = await PromptDailyAsync(host, days: 7);

        Assert.Equal(7, posted.Select(p => p.Id).Distinct().Count());
        Assert.All(slack.CallsTo("chat.postMessage"), p => Assert.Equal("CFRONT", p["channel"]!.GetValue<string>()));
    }

    /// <summary>Each scenario given is one not given in the 30 days before it, unless every candidate was.</summary>
    private static void AssertSpaced(IReadOnlyList<(DateTimeOffset Day, string Id)> given, IReadOnlyList<Scenario> candidates)
    {
        for (var i = 0; i < given.Count; i++)
        {
            var window = given.Take(i).Where(g => given[i].Day - g.Day < TimeSpan.FromDays(30)).Select(g => g.Id).ToHashSet();
            Assert.True(!window.Contains(given[i].Id) || candidates.All(s => window.Contains(s.Id)),
                $"day {i}: {given[i].Id} again within 30 days, while {candidates.Count(s => !window.Contains(s.Id))} others were unseen");
        }
    }

    /// <summary>One simulated day after another at 09:01: the due-check job runs, and the day's prompt is sent.</summary>
    private static async Task<List<(DateTimeOffset Day, string Id)>> PromptDailyAsync(ReportTestHost host, int days)
    {
        var prompted = new List<(DateTimeOffset Day, string Id)>();
        for (var day = 1; day <= days; day++)
        {
            host.Clock.SetUtcNow(Start.AddDays(day).AddMinutes(1));
            host.Factory.Services.GetRequiredService<IRecurringJobManager>().Trigger(NudgeJobs.DueCheckId);
            await SlackTestHost.Eventually(() => host.Factory.Count("SELECT COUNT(*) FROM nudge_deliveries WHERE Status = 'Sent'") == day, $"day {day}'s prompt");
            prompted.Add((host.Clock.GetUtcNow(), host.Factory.Strings("SELECT ScenarioId FROM nudge_deliveries ORDER BY LocalDate DESC LIMIT 1").Single()));
        }

        return prompted;
    }

    private static Task AddDailyScheduleAsync(ReportTestHost host, NudgeRecipient recipient, NudgeContent content) =>
        host.Factory.Services.GetRequiredService<INudgeStore>().AddAsync(new NudgeSchedule(
            Guid.NewGuid(), "slack", "UMIA7", [recipient], new WeeklyRule(Enum.GetValues<DayOfWeek>().ToHashSet(), new TimeOnly(9, 0)),
            content, false, null, [], host.Clock.GetUtcNow()), default);

    private static void WithSlack(Dictionary<string, string> settings, FakeSlack slack)
    {
        settings["Slack:SigningSecret"] = SlackTestHost.SigningSecret;
        settings["Slack:BotToken"] = "xoxb-test-token";
        settings["Slack:ApiBaseUrl"] = slack.ApiBaseUrl;
        settings["Slack:ChannelPostInterval"] = "00:00:00";
    }

    private static string ScenarioIdOf(JsonArray replies) =>
        replies[0]?["attachments"]?[0]?["content"]?["body"]?[0]?["text"]?.GetValue<string>() is { } title
            ? Content.Scenarios.Single(s => s.Title == title).Id
            : throw new Xunit.Sdk.XunitException("not a scenario: " + Activities.TextOf(replies[0]));
}

using System.Text.Json.Nodes;
using CoachBot.Core.Scheduling;
using CoachBot.Host.Tests.Support;

namespace CoachBot.Host.Tests.Reports;

/// <summary>The report's SQL is hand-written for both databases: the same practice gives the same report on SQLite and on PostgreSQL.</summary>
public sealed class ProviderParityTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    [Fact]
    public async Task SamePractice_SameReport_OnSqliteAndPostgres()
    {
        var database = "coachbot_" + Guid.NewGuid().ToString("N")[..8];
        await postgres.CreateDatabaseAsync(database);

        var onSqlite = await ReportAfterPracticeAsync(null);
        var onPostgres = await ReportAfterPracticeAsync(s =>
        {
            s["Storage:Provider"] = "Postgres";
            s["Storage:ConnectionString"] = postgres.ConnectionString(database);
        });

        Assert.Equal(onSqlite.ToJsonString(), onPostgres.ToJsonString());
        var ana = onSqlite["people"]!.AsArray().Single(p => p!["id"]!.GetValue<string>() == "p-ana-7")!;
        Assert.Equal(2, ana["nudgesSent"]!.GetValue<int>());
        Assert.Equal(1, ana["nudgesAnswered"]!.GetValue<int>());
        Assert.Equal(4, ana["attempts"]!.GetValue<int>());
        Assert.Equal(3, ana["practiceDays"]!.GetValue<int>());
    }

    private static async Task<JsonObject> ReportAfterPracticeAsync(Action<Dictionary<string, string>>? settings)
    {
        await using var host = await ReportTestHost.StartAsync(settings);
        var services = host.Factory.Services;
        var scheduleId = Guid.NewGuid();
        await services.GetRequiredService<INudgeStore>().AddAsync(new NudgeSchedule(
            scheduleId, "msteams", "29:mia-7", [new NudgeRecipient("29:ana-7", "UTC")],
            new WeeklyRule(WeeklyRule.Weekdays, new TimeOnly(9, 0)), new NudgeContent(NudgeContentKind.AnyScenario), false, null, [], host.Clock.GetUtcNow()), default);
        var deliveries = services.GetRequiredService<INudgeDeliveryLog>();

        // Day 1: a prompt Ana answers. Day 2: a prompt she ignores, and Cara practises. Day 4: Ana twice, Mia once.
        var answered = (await deliveries.TryClaimAsync(scheduleId, "29:ana-7", DateOnly.FromDateTime(host.Clock.GetUtcNow().UtcDateTime), host.Clock.GetUtcNow(), default))!.Value;
        await host.ChatAsync("29:ana-7", "practice bank");
        var open = await OpenScenarioAsync(host);
        await deliveries.MarkAsync(answered, NudgeDeliveryStatus.Sent, null, open, default);
        await host.ChatAsync("29:ana-7", ReportTestHost.GoodAnswer);
        host.Clock.Advance(TimeSpan.FromDays(1));
        var ignored = (await deliveries.TryClaimAsync(scheduleId, "29:ana-7", DateOnly.FromDateTime(host.Clock.GetUtcNow().UtcDateTime), host.Clock.GetUtcNow(), default))!.Value;
        await deliveries.MarkAsync(ignored, NudgeDeliveryStatus.Sent, null, "hotel-late-checkout", default);
        await host.AnswerAsync("29:ana-7", ReportTestHost.WeakAnswer);
        await host.AnswerAsync("29:cara-7", ReportTestHost.WeakAnswer, "restaurant");
        host.Clock.Advance(TimeSpan.FromDays(2));
        await host.AnswerAsync("29:ana-7", ReportTestHost.GoodAnswer);
        await host.AnswerAsync("29:ana-7", ReportTestHost.WeakAnswer, "dentist");
        await host.AnswerAsync("29:mia-7", ReportTestHost.GoodAnswer, "hotel");

        return await ReportTestHost.ReportAsync(await host.SignInAsync("p-hana-7"), "?from=2026-10-20&to=2026-11-05");
    }

    private static async Task<string> OpenScenarioAsync(ReportTestHost host)
    {
        var state = await host.Factory.Services.GetRequiredService<CoachBot.Core.Coaching.ICoachingStore>()
            .GetDialogAsync(new CoachBot.Core.Coaching.ChatAddress("msteams", "a:29:ana-7", "29:ana-7"), default);
        return state!.OpenScenarioId!;
    }
}

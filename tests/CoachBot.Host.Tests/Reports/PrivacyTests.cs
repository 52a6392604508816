using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CoachBot.Core.Scheduling;

namespace CoachBot.Host.Tests.Reports;

public sealed class PrivacyTests
{
    [Fact]
    public async Task MyData_GivesALinkToEverythingStoredAboutMe_AndOnlyMe()
    {
        await using var host = await ReportTestHost.StartAsync();
        await host.AnswerAsync("29:ana-7", "Привет! 🙂 " + ReportTestHost.GoodAnswer);
        await host.AnswerAsync("29:ben-7", ReportTestHost.WeakAnswer);

        var reply = await host.ChatAsync("29:ana-7", "my data");
        var link = new Uri(reply.Split(' ', '\n').First(w => w.StartsWith("http", StringComparison.Ordinal)));
        var client = host.Factory.CreateClient();
        var export = await client.GetFromJsonAsync<JsonObject>(link.PathAndQuery);
        var tampered = await client.GetAsync(link.PathAndQuery[..^4] + "AAAA");
        host.Clock.Advance(TimeSpan.FromMinutes(16));
        var expired = await client.GetAsync(link.PathAndQuery);

        Assert.Contains("15 minutes", reply);
        var attempt = Assert.Single(export!["attempts"]!.AsArray())!;
        Assert.StartsWith("Привет! 🙂 I'm so sorry", attempt["answer"]!.GetValue<string>());
        Assert.Equal(3, export["accounts"]!.AsArray().Count); // Teams, Slack and the signed-in web page
        Assert.Equal(HttpStatusCode.NotFound, tampered.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, expired.StatusCode);
    }

    [Fact]
    public async Task Erasure_LeavesNoRowWithThePersonsIds_AndTheCompanyFiguresRecompute()
    {
        await using var host = await ReportTestHost.StartAsync();
        await host.AnswerAsync("29:ana-7", ReportTestHost.GoodAnswer);
        await host.AnswerAsync("29:ben-7", ReportTestHost.WeakAnswer);
        await host.Factory.Services.GetRequiredService<INudgeStore>().AddAsync(new NudgeSchedule(
            Guid.NewGuid(), "msteams", "29:mia-7", [new NudgeRecipient("29:ana-7", "UTC"), new NudgeRecipient("29:ben-7", "UTC")],
            new WeeklyRule(WeeklyRule.Weekdays, new TimeOnly(9, 0)), new NudgeContent(NudgeContentKind.AnyScenario), false, null, [], DateTimeOffset.UtcNow), CancellationToken.None);
        await host.Factory.Services.GetRequiredService<INudgeStore>().AddAsync(new NudgeSchedule(
            Guid.NewGuid(), "msteams", "29:ana-7", [new NudgeRecipient("29:ana-7", "UTC")],
            new WeeklyRule(WeeklyRule.Weekdays, new TimeOnly(8, 0)), new NudgeContent(NudgeContentKind.AnyScenario), false, null, [], DateTimeOffset.UtcNow), CancellationToken.None);
        var hana = await host.SignInAsync("p-hana-7");
        var before = await ReportTestHost.ReportAsync(hana);

        var noHeader = await hana.DeleteAsync("/api/people/p-ana-7");
        var byManager = await (await host.SignInAsync("p-mia-7")).SendAsync(Erase("p-ana-7"));
        var erased = await hana.SendAsync(Erase("p-ana-7"));
        var after = await ReportTestHost.ReportAsync(hana);

        Assert.Equal(HttpStatusCode.BadRequest, noHeader.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byManager.StatusCode);
        Assert.Equal(HttpStatusCode.OK, erased.StatusCode);
        Assert.Equal(1, (await erased.Content.ReadFromJsonAsync<JsonObject>())!["attempts"]!.GetValue<int>());
        Assert.Equal(2, before["summary"]!["attempts"]!.GetValue<int>());
        Assert.Equal(1, after["summary"]!["attempts"]!.GetValue<int>());
        Assert.Equal(5, after["summary"]!["people"]!.GetValue<int>());
        Assert.Empty(RowsMentioning(host, "p-ana-7"));
        Assert.Empty(RowsMentioning(host, "29:ana-7"));
        Assert.Empty(RowsMentioning(host, "UANA7"));
        Assert.NotEmpty(RowsMentioning(host, "29:ben-7")); // the check can find a person's rows
        Assert.Equal(1, host.Factory.Count("SELECT COUNT(*) FROM nudge_schedules")); // Mia's, now for Ben only
        Assert.Equal(1, host.Factory.Count("SELECT COUNT(*) FROM attempts"));
    }

    [Fact]
    public async Task AfterErasure_APersonWhoWritesAgain_CanBeReachedByPromptsAgain()
    {
        await using var host = await ReportTestHost.StartAsync();
        await host.AnswerAsync("29:ana-7", ReportTestHost.GoodAnswer);
        const string references = "SELECT COUNT(*) FROM conversation_references WHERE ScopeId = '29:ana-7'";
        var stored = host.Factory.Count(references);

        await (await host.SignInAsync("p-hana-7")).SendAsync(Erase("p-ana-7"));
        var afterErasure = host.Factory.Count(references);
        await host.ChatAsync("29:ana-7", "help");

        Assert.Equal(1, stored);
        Assert.Equal(0, afterErasure);
        Assert.Equal(1, host.Factory.Count(references)); // the host does not go on trusting its memory of the erased row
    }

    [Fact]
    public async Task Retention_RemovesOldAnswerText_AndKeepsTheScores()
    {
        await using var host = await ReportTestHost.StartAsync(s => s["Privacy:AnswerRetentionDays"] = "30");
        await host.AnswerAsync("29:ana-7", ReportTestHost.GoodAnswer);
        host.Clock.Advance(TimeSpan.FromDays(31));
        await host.AnswerAsync("29:ana-7", ReportTestHost.WeakAnswer);
        var scoresBefore = host.Factory.Strings("SELECT Score FROM attempt_scores ORDER BY AttemptId, StandardId");

        await host.Factory.Services.GetRequiredService<CoachBot.Host.Jobs.RetentionJob>().RunAsync(CancellationToken.None);

        Assert.Equal(["", ReportTestHost.WeakAnswer], host.Factory.Strings("SELECT Answer FROM attempts ORDER BY CreatedAtUtc"));
        Assert.Equal(scoresBefore, host.Factory.Strings("SELECT Score FROM attempt_scores ORDER BY AttemptId, StandardId"));
        Assert.Equal(0, host.Factory.Count($"SELECT COUNT(*) FROM attempt_scores WHERE EvidenceJson LIKE '%sorry%'"));
    }

    private static HttpRequestMessage Erase(string id)
    {
        var request = new HttpRequestMessage(HttpMethod.Delete, "/api/people/" + id);
        request.Headers.Add("X-CoachBot-Request", "1");
        return request;
    }

    /// <summary>Every text cell of every table that contains the needle.</summary>
    private static List<string> RowsMentioning(ReportTestHost host, string needle)
    {
        var hits = new List<string>();
        foreach (var table in host.Factory.Strings("SELECT name FROM sqlite_master WHERE type = 'table'"))
        {
            var columns = host.Factory.Strings($"SELECT name FROM pragma_table_info('{table}')");
            foreach (var column in columns)
            {
                hits.AddRange(host.Factory.Strings($"SELECT \"{column}\" FROM \"{table}\" WHERE CAST(\"{column}\" AS TEXT) LIKE '%{needle}%'").Select(v => $"{table}.{column}: {v}"));
            }
        }

        return hits;
    }
}

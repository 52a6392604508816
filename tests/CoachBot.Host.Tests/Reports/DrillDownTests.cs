using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CoachBot.Host.Tests.Reports;

/// <summary>Behind the numbers: moments of truth and the hardest scenarios of a scope, and a person's answers word for word.</summary>
public sealed class DrillDownTests
{
    [Fact]
    public async Task PersonsAnswers_HaveTheScenarioScoresQuotesAndTips_ForTheirManagerHrAndThemselves_NobodyElse()
    {
        await using var host = await ReportTestHost.StartAsync();
        await host.AnswerAsync("29:ana-7", ReportTestHost.WeakAnswer);
        await host.AnswerAsync("29:ana-7", ReportTestHost.GoodAnswer);
        await host.AnswerAsync("29:cara-7", ReportTestHost.WeakAnswer, "restaurant");

        var mia = await host.SignInAsync("p-mia-7");
        var answers = (await AnswersAsync(mia, "p-ana-7"))["answers"]!.AsArray();

        Assert.Equal(2, answers.Count);
        var newest = answers[0]!;
        Assert.Equal(ReportTestHost.GoodAnswer, newest["answer"]!.GetValue<string>());
        Assert.StartsWith("bank-", newest["scenarioId"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(newest["title"]!.GetValue<string>()));
        var scores = newest["scores"]!.AsArray();
        Assert.NotEmpty(scores);
        Assert.All(scores, s => Assert.InRange(s!["score"]!.GetValue<int>(), 0, 3)); // only the standards the scenario assesses
        var quotes = scores.SelectMany(s => s!["evidence"]!.AsArray().Select(e => e!.GetValue<string>())).ToList();
        Assert.NotEmpty(quotes);
        Assert.All(quotes, q => Assert.Contains(q, ReportTestHost.GoodAnswer, StringComparison.OrdinalIgnoreCase));
        var weak = answers[1]!["scores"]!.AsArray();
        Assert.Contains(weak, s => s!["tip"] is not null && s["missing"] is not null);
        Assert.Contains(weak, s => s!["standardName"]!.GetValue<string>() == "Listen first");

        Assert.Equal(2, (await AnswersAsync(await host.SignInAsync("p-hana-7"), "p-ana-7"))["answers"]!.AsArray().Count);
        Assert.Equal(2, (await AnswersAsync(await host.SignInAsync("p-ana-7"), "p-ana-7"))["answers"]!.AsArray().Count);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await host.SignInAsync("p-kai-7")).GetAsync("/api/reports/answers?person=p-ana-7")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await host.SignInAsync("p-ben-7")).GetAsync("/api/reports/answers?person=p-ana-7")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await mia.GetAsync("/api/reports/answers")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await host.SignInAsync("p-hana-7")).GetAsync("/api/reports/answers?person=nobody")).StatusCode);
    }

    [Fact]
    public async Task Moments_ShowEachStepByStandard_AndATeamsHardestScenarios_OnlyFromThatTeam()
    {
        await using var host = await ReportTestHost.StartAsync();
        await host.AnswerAsync("29:ana-7", ReportTestHost.GoodAnswer);
        await host.AnswerAsync("29:ben-7", ReportTestHost.WeakAnswer, "dentist");
        await host.AnswerAsync("29:cara-7", ReportTestHost.WeakAnswer, "restaurant");
        var hana = await host.SignInAsync("p-hana-7");

        var company = await MomentsAsync(hana, "");
        var frontDesk = await MomentsAsync(hana, "?team=Front%20desk");

        Assert.Equal(3, company["moments"]!.AsArray().Sum(m => m!["attempts"]!.GetValue<int>()));
        Assert.All(company["moments"]!.AsArray(), m => Assert.False(string.IsNullOrWhiteSpace(m!["step"]!.GetValue<string>())));
        var hardest = frontDesk["hardest"]!.AsArray().Select(h => h!["scenarioId"]!.GetValue<string>()).ToList();
        Assert.Equal(2, hardest.Count);
        Assert.StartsWith("dentist-", hardest[0], StringComparison.Ordinal); // Ben's weak answer is harder than Ana's good one
        Assert.DoesNotContain(hardest, id => id.StartsWith("restaurant-", StringComparison.Ordinal));
        var averages = frontDesk["hardest"]!.AsArray().Select(h => h!["average"]!.GetValue<double>()).ToList();
        Assert.True(averages[0] < averages[1]);

        var mia = await host.SignInAsync("p-mia-7");
        Assert.Equal(HttpStatusCode.Forbidden, (await mia.GetAsync("/api/reports/moments?team=Kitchen")).StatusCode);
        var miasView = await MomentsAsync(mia, "");
        Assert.Equal(2, miasView["moments"]!.AsArray().Sum(m => m!["attempts"]!.GetValue<int>()));
    }

    private static async Task<JsonObject> AnswersAsync(HttpClient client, string person)
    {
        var response = await client.GetAsync("/api/reports/answers?person=" + person);
        Assert.True(response.IsSuccessStatusCode, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    private static async Task<JsonObject> MomentsAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync("/api/reports/moments" + query);
        Assert.True(response.IsSuccessStatusCode, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }
}

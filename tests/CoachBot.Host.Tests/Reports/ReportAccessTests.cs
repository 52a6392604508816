using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CoachBot.Host.Tests.Reports;

/// <summary>Nobody sees more than their role allows, by HTTP and by chat command.</summary>
public sealed class ReportAccessTests
{
    [Fact]
    public async Task Employee_SeesOnlyThemself_AndIsRefusedTeamsAndOtherPeople()
    {
        await using var host = await SeededAsync();
        var ana = await host.SignInAsync("p-ana-7");

        var mine = await ReportTestHost.ReportAsync(ana);
        var team = await ana.GetAsync("/api/reports/progress?team=Front%20desk");
        var other = await ana.GetAsync("/api/reports/progress?person=p-ben-7");
        var csv = await (await ana.GetAsync("/api/reports/progress?format=csv")).Content.ReadAsStringAsync();

        Assert.Equal(["p-ana-7"], ReportTestHost.PersonIds(mine));
        Assert.Equal(HttpStatusCode.Forbidden, team.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal(2, csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length); // header + Ana
    }

    [Fact]
    public async Task Manager_SeesTheirReportsOnly()
    {
        await using var host = await SeededAsync();
        var mia = await host.SignInAsync("p-mia-7");

        var mine = await ReportTestHost.ReportAsync(mia);
        var frontDesk = await ReportTestHost.ReportAsync(mia, "?team=Front%20desk");
        var kitchen = await mia.GetAsync("/api/reports/progress?team=Kitchen");
        var cara = await mia.GetAsync("/api/reports/progress?person=p-cara-7&format=csv");

        Assert.Equal(["p-ana-7", "p-ben-7", "p-mia-7"], ReportTestHost.PersonIds(mine));
        Assert.Equal(["p-ana-7", "p-ben-7", "p-mia-7"], ReportTestHost.PersonIds(frontDesk));
        Assert.Equal(HttpStatusCode.Forbidden, kitchen.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, cara.StatusCode);
    }

    [Fact]
    public async Task Hr_SeesEveryone_AndDrillsIntoAnyTeamOrPerson()
    {
        await using var host = await SeededAsync();
        var hana = await host.SignInAsync("p-hana-7");

        var company = await ReportTestHost.ReportAsync(hana);
        var kitchen = await ReportTestHost.ReportAsync(hana, "?team=Kitchen");
        var cara = await ReportTestHost.ReportAsync(hana, "?person=p-cara-7");

        Assert.Equal(6, company["people"]!.AsArray().Count);
        Assert.Equal("Company", company["scopeName"]!.GetValue<string>());
        Assert.Equal(["p-cara-7", "p-kai-7"], ReportTestHost.PersonIds(kitchen));
        Assert.Equal(1, cara["people"]![0]!["attempts"]!.GetValue<int>());
    }

    [Fact]
    public async Task WithoutSignIn_ApisAre401_AndPagesRedirectToSignIn()
    {
        await using var host = await SeededAsync();
        var anonymous = host.Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var api = await anonymous.GetAsync("/api/reports/progress");
        var page = await anonymous.GetAsync("/dashboard");
        var erase = await anonymous.DeleteAsync("/api/people/p-ana-7");

        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Contains("Sign in", (await api.Content.ReadFromJsonAsync<JsonObject>())!["detail"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("http://localhost/signin", page.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.Unauthorized, erase.StatusCode);
        Assert.Equal(4, host.Factory.Count("SELECT COUNT(*) FROM attempts"));
    }

    [Theory]
    [InlineData("?from=2026-13-01", HttpStatusCode.BadRequest)]
    [InlineData("?from=2026-11-10&to=2026-11-01", HttpStatusCode.BadRequest)]
    [InlineData("?from=2020-01-01&to=2026-11-01", HttpStatusCode.BadRequest)]
    [InlineData("?format=pdf", HttpStatusCode.BadRequest)]
    [InlineData("?person=nobody", HttpStatusCode.NotFound)]
    [InlineData("?team=%D0%9A%D1%83%D1%85%D0%BD%D1%8F%20%F0%9F%8D%B3", HttpStatusCode.OK)]
    public async Task BadFilters_GetAClearAnswer(string query, HttpStatusCode expected)
    {
        await using var host = await SeededAsync();
        var hana = await host.SignInAsync("p-hana-7");

        var response = await hana.GetAsync("/api/reports/progress" + query);

        Assert.Equal(expected, response.StatusCode);
        if (expected != HttpStatusCode.OK)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
            Assert.Equal((int)expected, problem["status"]!.GetValue<int>());
            Assert.False(string.IsNullOrWhiteSpace(problem["title"]!.GetValue<string>()));
            Assert.False(string.IsNullOrWhiteSpace(problem["detail"]!.GetValue<string>()));
        }
    }

    [Fact]
    public async Task ChatCommands_FollowTheSameRoles()
    {
        await using var host = await SeededAsync();

        var employeeTeam = await host.ChatAsync("29:ana-7", "team");
        var managerTeam = await host.ChatAsync("29:mia-7", "team");
        var managerOtherTeam = await host.ChatAsync("29:mia-7", "team Kitchen");
        var managerReport = await host.ChatAsync("29:mia-7", "report");
        var hrReport = await host.ChatAsync("29:hana-7", "report");
        var stranger = await host.ChatAsync("29:stranger", "team");

        Assert.Contains("for managers and HR", employeeTeam);
        Assert.Contains("2 of 3 people practised", managerTeam);
        Assert.Contains("Not practised this week: Ben Brown.", managerTeam);
        Assert.DoesNotContain("Cara", managerTeam);
        Assert.Contains("only see teams with people who report to you", managerOtherTeam);
        Assert.True(hrReport.Contains("3 of 6 people practised", StringComparison.Ordinal), hrReport);
        Assert.Contains("for HR", managerReport);
        Assert.Contains("3 of 6 people practised", hrReport);
        Assert.Contains("• Kitchen: 50% of 2", hrReport);
        Assert.Contains("for managers and HR", stranger);
    }

    /// <summary>Ana answers well (Monday) and weakly (Tuesday), Mia and Cara answer once; Ben, Kai and Hana never.</summary>
    private static async Task<ReportTestHost> SeededAsync()
    {
        var host = await ReportTestHost.StartAsync();
        await host.AnswerAsync("29:ana-7", ReportTestHost.GoodAnswer);
        await host.AnswerAsync("29:mia-7", ReportTestHost.GoodAnswer);
        host.Clock.Advance(TimeSpan.FromDays(1));
        await host.AnswerAsync("29:ana-7", ReportTestHost.WeakAnswer);
        host.Clock.Advance(TimeSpan.FromDays(1));
        await host.AnswerAsync("29:cara-7", ReportTestHost.WeakAnswer, "restaurant");
        Assert.Equal(4, host.Factory.Count("SELECT COUNT(*) FROM attempts"));
        return host;
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CoachBot.Host.Tests.Reports;

namespace CoachBot.Host.Tests.Channels.WebChat;

/// <summary>
/// The web chat with the dashboard's sign-in: real local sign-ins through /signin, real SQLite, and the reports API.
/// Front desk: manager Mia, Ana and Ben; HR: Hana (see <see cref="ReportTestHost"/>).
/// </summary>
public sealed class SignedInWebChatTests
{
    [Fact]
    public async Task SignedIn_PractiseAtTheWebChat_CountsAsThePerson_InTheirReport()
    {
        await using var host = await ReportTestHost.StartAsync();
        var ana = await host.SignInAsync("p-ana-7");

        await PostAsync(ana, new { userId = "web-anything", text = "practice bank" });
        var scored = await PostAsync(ana, new { userId = "web-anything", text = ReportTestHost.GoodAnswer });

        Assert.NotNull(scored["replies"]![0]!["scores"]);
        var report = await ReportTestHost.ReportAsync(ana, "?person=p-ana-7&to=2026-11-02");
        Assert.Equal(1, report["people"]![0]!["attempts"]!.GetValue<int>());
        Assert.Equal(1, host.Factory.Count("SELECT COUNT(*) FROM attempts WHERE ChannelId='web' AND UserId='p-ana-7'"));
        Assert.Equal(0, host.Factory.Count("SELECT COUNT(*) FROM attempts WHERE ChannelId='webchat'"));
    }

    [Fact]
    public async Task SignedIn_AnotherPersonsUserIdInTheBody_IsIgnored_TheSignInWins()
    {
        await using var host = await ReportTestHost.StartAsync();
        var ana = await host.SignInAsync("p-ana-7");

        await PostAsync(ana, new { userId = "p-ben-7", text = "practice bank" });
        await PostAsync(ana, new { userId = "p-ben-7", text = ReportTestHost.GoodAnswer });
        var hana = await host.SignInAsync("p-hana-7");

        Assert.Equal(1, (await ReportTestHost.ReportAsync(hana, "?person=p-ana-7&to=2026-11-02"))["people"]![0]!["attempts"]!.GetValue<int>());
        Assert.Equal(0, (await ReportTestHost.ReportAsync(hana, "?person=p-ben-7&to=2026-11-02"))["people"]![0]!["attempts"]!.GetValue<int>());
        Assert.Equal(0, host.Factory.Count("SELECT COUNT(*) FROM attempts WHERE UserId='p-ben-7'"));
    }

    [Fact]
    public async Task NotSignedIn_APersonsIdInTheBody_StaysAnonymous_AndIsNotCountedAsTheirs()
    {
        await using var host = await ReportTestHost.StartAsync();
        var visitor = host.Factory.CreateClient();

        await PostAsync(visitor, new { userId = "p-ana-7", text = "practice bank" });
        await PostAsync(visitor, new { userId = "p-ana-7", text = ReportTestHost.GoodAnswer });
        var team = await PostAsync(visitor, new { userId = "p-mia-7", text = "team" });

        var hana = await host.SignInAsync("p-hana-7");
        Assert.Equal(0, (await ReportTestHost.ReportAsync(hana, "?person=p-ana-7&to=2026-11-02"))["people"]![0]!["attempts"]!.GetValue<int>());
        Assert.Equal(1, host.Factory.Count("SELECT COUNT(*) FROM attempts WHERE ChannelId='webchat' AND UserId='p-ana-7'"));
        Assert.StartsWith("Team reports are for managers and HR", TextOf(team));
    }

    [Fact]
    public async Task TeamReportAndSchedule_AreOpenToManagersAndHr_WithTheSameRoleChecksAsInChat()
    {
        await using var host = await ReportTestHost.StartAsync();
        await host.AnswerAsync("29:ana-7", ReportTestHost.GoodAnswer);
        var mia = await host.SignInAsync("p-mia-7");
        var hana = await host.SignInAsync("p-hana-7");
        var ana = await host.SignInAsync("p-ana-7");

        var miasTeam = TextOf(await PostAsync(mia, new { text = "team" }));
        var hanasReport = TextOf(await PostAsync(hana, new { text = "report" }));
        var anasTeam = TextOf(await PostAsync(ana, new { text = "team" }));
        var miasReport = TextOf(await PostAsync(mia, new { text = "report" }));
        var miaSchedules = TextOf(await PostAsync(mia, new { text = "schedule weekdays at 09:00 for my team" }));
        var anaSchedulesBen = TextOf(await PostAsync(ana, new { text = "schedule weekdays at 09:00 for @p-ben-7" }));
        var miaSchedulesCara = TextOf(await PostAsync(mia, new { text = "schedule weekdays at 09:00 for @p-cara-7" }));

        Assert.StartsWith("My team, ", miasTeam);
        Assert.Contains("1 of 3 people practised", miasTeam);
        Assert.StartsWith("Company, ", hanasReport);
        Assert.StartsWith("Team reports are for managers and HR", anasTeam);
        Assert.StartsWith("The company report is for HR", miasReport);
        Assert.StartsWith("Scheduled ", miaSchedules);
        Assert.Contains("for 2 people", miaSchedules);
        Assert.DoesNotContain("Scheduled", anaSchedulesBen);
        Assert.DoesNotContain("Scheduled", miaSchedulesCara);
        Assert.Equal(1, host.Factory.Count("SELECT COUNT(*) FROM nudge_schedules WHERE ChannelId='web' AND OwnerId='p-mia-7'"));
    }

    [Fact]
    public async Task ThePage_SaysWhoIsSignedIn_WithASignOut_OrOffersTheSignIn()
    {
        await using var host = await ReportTestHost.StartAsync();
        var ana = await host.SignInAsync("p-ana-7");

        var signedIn = await ana.GetStringAsync("/");
        var visitor = await host.Factory.CreateClient().GetStringAsync("/");

        Assert.Contains("Signed in as Ana Alvarez", signedIn);
        Assert.Contains("action=\"/signout\"", signedIn);
        Assert.Contains("data-signed-in=\"true\"", signedIn);
        Assert.Contains("href=\"/signin?returnUrl=%2F\"", visitor);
        Assert.Contains("data-signed-in=\"\"", visitor);
    }

    [Fact]
    public async Task TheSignInForm_ReturnsToTheWebChat()
    {
        await using var host = await ReportTestHost.StartAsync();
        var client = host.Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

        var response = await Support.SignInForm.PostAsync(client, "/signin", "/signin?returnUrl=%2F", ("login", "p-ana-7"), ("password", ReportTestHost.Password), ("returnUrl", "/"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    internal static async Task<JsonObject> PostAsync(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/webchat/messages", body);
        Assert.True(response.IsSuccessStatusCode, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    internal static string TextOf(JsonObject replies) => string.Join("\n", replies["replies"]!.AsArray().Select(r => r!["text"]!.GetValue<string>()));
}

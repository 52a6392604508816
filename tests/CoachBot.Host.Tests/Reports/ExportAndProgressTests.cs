using System.Globalization;
using System.Text.Json.Nodes;
using ClosedXML.Excel;

namespace CoachBot.Host.Tests.Reports;

public sealed class ExportAndProgressTests
{
    [Fact]
    public async Task CsvAndXlsx_CarryTheSameNumbersAsTheDashboardJson()
    {
        await using var host = await ReportTestHost.StartAsync();
        for (var day = 0; day < 5; day++)
        {
            await host.AnswerAsync("29:ana-7", day % 2 == 0 ? ReportTestHost.GoodAnswer : ReportTestHost.WeakAnswer);
            await host.AnswerAsync("29:cara-7", ReportTestHost.WeakAnswer, "restaurant");
            host.Clock.Advance(TimeSpan.FromDays(1));
        }

        var hana = await host.SignInAsync("p-hana-7");
        const string query = "?from=2026-10-20&to=2026-11-07";
        var json = await ReportTestHost.ReportAsync(hana, query);
        var csv = DashboardLanguageTests.Csv(await hana.GetStringAsync($"/api/reports/progress{query}&format=csv"));
        using var xlsx = new XLWorkbook(await hana.GetStreamAsync($"/api/reports/progress{query}&format=xlsx"));
        var sheet = xlsx.Worksheet("People");

        var header = csv[0].ToList();
        var people = json["people"]!.AsArray();
        Assert.Equal(people.Count + 1, csv.Count);
        Assert.Equal(people.Count + 1, sheet.LastRowUsed()!.RowNumber());
        foreach (var (person, index) in people.Select((p, i) => (p!, i)))
        {
            var row = csv[index + 1];
            Assert.Equal(person["id"]!.GetValue<string>(), row[header.IndexOf("Person ID")]);
            Assert.Equal(person["attempts"]!.GetValue<int>().ToString(CultureInfo.InvariantCulture), row[header.IndexOf("Answers")]);
            Assert.Equal(person["attempts"]!.GetValue<int>(), sheet.Cell(index + 2, header.IndexOf("Answers") + 1).GetValue<int>());
            foreach (var standard in person["standards"]!.AsArray())
            {
                var name = json["standards"]!.AsArray().Single(s => s!["id"]!.GetValue<string>() == standard!["standardId"]!.GetValue<string>())!["name"]!.GetValue<string>();
                var column = header.IndexOf($"{name}: average");
                Assert.True(column > 0, name);
                var average = standard!["average"]?.GetValue<double>();
                Assert.Equal(average?.ToString("0.##", CultureInfo.InvariantCulture) ?? "", row[column]);
                Assert.Equal(average, sheet.Cell(index + 2, column + 1).IsEmpty() ? null : sheet.Cell(index + 2, column + 1).GetValue<double>());
            }
        }

        var ana = people.Single(p => p!["id"]!.GetValue<string>() == "p-ana-7")!;
        Assert.Equal(5, ana["attempts"]!.GetValue<int>());
        Assert.Equal(5, ana["practiceDays"]!.GetValue<int>());
    }

    [Fact]
    public async Task Person_StreakTrendAndWeakest_FollowTheirPractice()
    {
        await using var host = await ReportTestHost.StartAsync();
        // Two weeks of weak answers, then a break, then three days in a row of good ones.
        for (var day = 0; day < 3; day++)
        {
            await host.AnswerAsync("29:ben-7", ReportTestHost.WeakAnswer);
            host.Clock.Advance(TimeSpan.FromDays(1));
        }

        host.Clock.Advance(TimeSpan.FromDays(12));
        for (var day = 0; day < 3; day++)
        {
            await host.AnswerAsync("29:ben-7", ReportTestHost.GoodAnswer);
            host.Clock.Advance(TimeSpan.FromDays(1));
        }

        var today = DateOnly.FromDateTime(host.Clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var mia = await host.SignInAsync("p-mia-7");
        var ben = (await ReportTestHost.ReportAsync(mia, $"?person=p-ben-7&to={today}"))["people"]![0]!;
        var chat = await host.ChatAsync("29:ben-7", "progress");

        Assert.Equal(6, ben["attempts"]!.GetValue<int>());
        Assert.Equal(3, ben["streak"]!.GetValue<int>()); // today not yet practised: the streak runs to yesterday
        Assert.All(ben["standards"]!.AsArray(), s => Assert.Equal("improving", s!["trend"]!.GetValue<string>()));
        Assert.Contains("3-day practice streak", chat);
    }

    [Fact]
    public async Task ChatAccountsNotInTheDirectory_AppearToHrAsUnassigned()
    {
        await using var host = await ReportTestHost.StartAsync();
        await host.AnswerAsync("29:newcomer", ReportTestHost.GoodAnswer);

        var company = await ReportTestHost.ReportAsync(await host.SignInAsync("p-hana-7"));
        var mia = await ReportTestHost.ReportAsync(await host.SignInAsync("p-mia-7"));

        var newcomer = company["people"]!.AsArray().Single(p => p!["id"]!.GetValue<string>() == "msteams:29:newcomer")!;
        Assert.Equal("Unassigned", newcomer["team"]!.GetValue<string>());
        Assert.DoesNotContain("msteams:29:newcomer", ReportTestHost.PersonIds(mia));
    }

    [Fact]
    public async Task UnassignedTeam_HoldsPeopleWithoutATeam_AndAccountsNotInTheDirectory()
    {
        await using var host = await ReportTestHost.StartAsync();
        await host.Factory.Services.GetRequiredService<CoachBot.Core.People.IPeopleDirectory>().ImportAsync(
            [new("p-nt-7", "No Team", null, null, null, CoachBot.Core.People.Role.Employee, [new CoachBot.Core.People.ChatAccount("msteams", "29:nt-7")])], default);
        await host.AnswerAsync("29:nt-7", ReportTestHost.GoodAnswer);
        await host.AnswerAsync("29:newcomer", ReportTestHost.GoodAnswer);
        await host.AnswerAsync("29:ana-7", ReportTestHost.GoodAnswer);

        var unassigned = await ReportTestHost.ReportAsync(await host.SignInAsync("p-hana-7"), "?team=Unassigned");

        Assert.Equal(["msteams:29:newcomer", "p-nt-7"], ReportTestHost.PersonIds(unassigned));
        Assert.All(unassigned["people"]!.AsArray(), p => Assert.Equal(1, p!["attempts"]!.GetValue<int>()));
        Assert.Equal(2, unassigned["summary"]!["attempts"]!.GetValue<int>());
        Assert.Equal(2, unassigned["weekly"]!.AsArray().Where(w => w!["standardId"]!.GetValue<string>() == "listen-first").Sum(w => w!["attempts"]!.GetValue<int>()));
    }
}

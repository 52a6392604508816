using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ClosedXML.Excel;
using CoachBot.Core.Content;
using CoachBot.Host.Dashboard;
using CoachBot.Host.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CoachBot.Host.Tests.Reports;

/// <summary>The dashboard, its sign-in, its errors and its exports in English, Russian and Mongolian.</summary>
public sealed class DashboardLanguageTests
{
    [Fact]
    public async Task Dashboard_FollowsTheBrowser_ThenTheChoiceOnThePage_RememberedInACookie()
    {
        await using var host = await ReportTestHost.StartAsync();
        var hana = await host.SignInAsync("p-hana-7");

        var byDefault = await hana.GetStringAsync("/dashboard");
        hana.DefaultRequestHeaders.AcceptLanguage.ParseAdd("mn-MN");
        hana.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en;q=0.5");
        var mongolian = await hana.GetStringAsync("/dashboard");
        var mongolianReport = await ReportTestHost.ReportAsync(hana);
        var chosen = await hana.GetAsync("/dashboard?lang=ru");
        var russian = await chosen.Content.ReadAsStringAsync();
        var remembered = await hana.GetStringAsync("/dashboard"); // the browser still asks for Mongolian
        var russianReport = await ReportTestHost.ReportAsync(hana);

        Assert.Contains("<html lang=\"en\">", byDefault);
        Assert.Contains("CoachBot · training progress", byDefault);
        Assert.Contains("<html lang=\"mn\">", mongolian);
        Assert.Contains("<h1>CoachBot · сургалтын ахиц</h1>", mongolian);
        Assert.Contains(">Стандартууд</h3>", mongolian);
        Assert.Contains("\"dashboard.tile.answers\":\"хариултын тоо\"", System.Text.RegularExpressions.Regex.Unescape(mongolian));
        Assert.Contains(mongolianReport["standards"]!.AsArray(), s => s!["name"]!.GetValue<string>() == "Эхлээд сонс");
        Assert.Equal("Компани", mongolianReport["scopeName"]!.GetValue<string>());
        Assert.Contains(chosen.Headers.GetValues("Set-Cookie"), c => c.StartsWith("coachbot.lang=ru;", StringComparison.Ordinal));
        Assert.Contains("<html lang=\"ru\">", russian);
        Assert.Contains("<html lang=\"ru\">", remembered);
        Assert.Contains("aria-current=\"true\">русский</a>", remembered);
        Assert.Contains(russianReport["standards"]!.AsArray(), s => s!["name"]!.GetValue<string>() == "Сначала выслушать");
    }

    [Fact]
    public void EveryTextThePageUses_IsInTheCatalogue_OfEveryLanguage()
    {
        var texts = ContentLoader.Load(Path.Combine(AppContext.BaseDirectory, "prompts")).Texts;
        var used = DashboardPage.KeysUsed().ToList();

        Assert.Contains("dashboard.section.standards", used);
        Assert.Contains("dashboard.trend.improving", used);
        Assert.All(texts.All, catalogue => Assert.All(used, key => Assert.True(catalogue.Texts.ContainsKey(key), $"{key} is used by dashboard.html but not in {catalogue.Code}")));
    }

    [Fact]
    public async Task RussianExport_HasRussianHeadersAndTrends_AndTheSameFiguresAsTheEnglishOne()
    {
        await using var host = await ReportTestHost.StartAsync();
        for (var day = 0; day < 15; day++)
        {
            await host.AnswerAsync("29:ana-7", day < 8 ? ReportTestHost.WeakAnswer : ReportTestHost.GoodAnswer);
            host.Clock.Advance(TimeSpan.FromDays(1));
        }

        var hana = await host.SignInAsync("p-hana-7");
        const string query = "/api/reports/progress?from=2026-10-20&to=2026-11-16";
        var english = Csv(await hana.GetStringAsync(query + "&format=csv"));
        var russian = Csv(await hana.GetStringAsync(query + "&format=csv&lang=ru"));
        using var russianBook = new XLWorkbook(await hana.GetStreamAsync(query + "&format=xlsx&lang=ru"));

        Assert.Equal(["Person ID", "Name", "Team", "Answers"], english[0][..4]);
        Assert.Equal(["ID сотрудника", "Имя", "Команда", "Ответы"], russian[0][..4]);
        Assert.Contains("Сначала выслушать: средний балл", russian[0]);
        Assert.Equal(english.Count, russian.Count);
        var englishAna = english.Single(r => r[0] == "p-ana-7");
        var russianAna = russian.Single(r => r[0] == "p-ana-7");
        Assert.Equal("15", englishAna[english[0].IndexOf("Answers")]);
        Assert.Equal("improving", englishAna[english[0].IndexOf("Listen first: trend")]);
        Assert.Equal("растёт", russianAna[russian[0].IndexOf("Сначала выслушать: динамика")]);
        foreach (var (column, index) in english[0].Select((c, i) => (c, i)).Where(c => c.c.EndsWith(": average", StringComparison.Ordinal) || c.c is "Answers" or "Practice days" or "Streak (days)"))
        {
            Assert.Equal(englishAna[index], russianAna[index]);
            Assert.True(column is not "Answers" || double.Parse(russianAna[index], CultureInfo.InvariantCulture) > 0);
        }

        var sheet = russianBook.Worksheet("Сотрудники");
        Assert.Equal("Имя", sheet.Cell(1, 2).GetString());
        Assert.True(russianBook.Worksheets.Contains("Команды") && russianBook.Worksheets.Contains("По неделям"));
    }

    [Fact]
    public async Task SignInAndRefusals_SpeakTheBrowsersLanguage()
    {
        await using var host = await ReportTestHost.StartAsync();
        var browser = host.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("mn-MN");

        var page = await browser.GetStringAsync("/signin");
        var wrong = await SignInForm.PostAsync(browser, "/signin", ("login", "p-ana-7"), ("password", "not the password at all"));
        var ana = await host.SignInAsync("p-ana-7");
        ana.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ru-RU");
        var team = await ana.GetAsync("/api/reports/progress?team=Kitchen");
        var dates = await ana.GetAsync("/api/reports/progress?from=yesterday");

        Assert.Contains("<html lang=\"mn\">", page);
        Assert.Contains("Нэвтрэх нэр", page);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Contains("Нэвтрэх нэр, нууц үг таарахгүй байна.", await wrong.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, team.StatusCode);
        Assert.StartsWith("Отчёты по командам доступны руководителям и HR", (await team.Content.ReadFromJsonAsync<JsonObject>())!["detail"]!.GetValue<string>());
        Assert.StartsWith("Даты указываются в формате", (await dates.Content.ReadFromJsonAsync<JsonObject>())!["detail"]!.GetValue<string>());
    }

    /// <summary>Rows of fields as a spreadsheet reads them (Russian standard names have commas, so they are quoted).</summary>
    internal static List<List<string>> Csv(string text)
    {
        using var reader = new CsvHelper.CsvParser(new StringReader(text), CultureInfo.InvariantCulture);
        var rows = new List<List<string>>();
        while (reader.Read())
        {
            rows.Add([.. reader.Record!]);
        }

        return rows;
    }
}

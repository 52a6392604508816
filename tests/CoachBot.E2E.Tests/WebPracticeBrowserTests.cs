using System.Diagnostics;
using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace CoachBot.E2E.Tests;

/// <summary>
/// An employee with no Slack or Teams account, on a phone (390 px): signs in from the web chat, practises, and the answer
/// counts as theirs in the reports; no page is wider than the screen. Prints what it measured.
/// </summary>
public sealed class WebPracticeBrowserTests(ITestOutputHelper output)
{
    private const string NewPassword = "ana's own long password";
    private const string Answer = "I'm so sorry your card was swallowed, that's stressful. What do you need it for today? I'll order a new one now and it will be here by Thursday; if not, I'll call you Friday. Thank you!";

    [Fact]
    public async Task AnEmployee_SignsInOnAPhone_Practises_AndTheAttemptCountsAsTheirs_WithNoSidewaysScrolling()
    {
        await using var host = await HostProcess.StartAsync();
        var people = Path.Combine(host.DataDirectory, "people.csv");
        await File.WriteAllTextAsync(people, """
            id,name,email,team,manager_id,role
            ana-1,Ana Alvarez,ana@example.com,Front desk,,employee
            """);
        Assert.Contains("Imported 1 people", await DashboardBrowserTests.CliAsync(host, "import-people", people));
        var password = DashboardBrowserTests.OneTimePassword().Match(await DashboardBrowserTests.CliAsync(host, "set-password", "ana-1")).Groups[1].Value;

        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        await using var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();
        var figures = new List<string>();

        await page.GotoAsync(host.BaseUrl + "/");
        await Assertions.Expect(page.GetByText("I'm CoachBot.").First).ToBeVisibleAsync();
        figures.Add(await WidthAsync(page, "web chat, not signed in"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Sign in" }).ClickAsync();
        figures.Add(await WidthAsync(page, "sign-in"));
        await page.GetByLabel("Sign-in name").FillAsync("ana-1");
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        figures.Add(await WidthAsync(page, "choose a password"));
        await page.GetByLabel("Current or one-time password").FillAsync(password);
        await page.GetByLabel("New password (at least 12 characters)").FillAsync(NewPassword);
        await page.GetByLabel("New password again").FillAsync(NewPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();

        var clock = Stopwatch.StartNew();
        await page.GotoAsync(host.BaseUrl + "/");
        await Assertions.Expect(page.Locator("#who")).ToContainTextAsync("Signed in as Ana Alvarez");
        await Assertions.Expect(page.GetByText("I'm CoachBot.").First).ToBeVisibleAsync();
        var opened = clock.ElapsedMilliseconds;
        var input = page.GetByLabel("Message");
        await input.FillAsync("practice bank");
        await input.PressAsync("Enter");
        await Assertions.Expect(page.Locator(".card.scenario")).ToBeVisibleAsync();
        clock.Restart();
        await input.FillAsync(Answer);
        await input.PressAsync("Enter");
        await Assertions.Expect(page.Locator(".card.scores tbody tr").First).ToBeVisibleAsync();
        var scored = clock.ElapsedMilliseconds;
        figures.Add(await WidthAsync(page, "web chat, signed in, with a score card"));
        await Browser.ScreenshotAsync(page, "web-practice-390.png");

        // The reports API with the same sign-in: the attempt is Ana's, not an anonymous web chat user's.
        var report = await page.EvaluateAsync<JsonElement>("fetch('/api/reports/progress?person=ana-1').then(r => r.json())");
        var ana = report.GetProperty("people")[0];
        Assert.Equal("ana-1", ana.GetProperty("id").GetString());
        Assert.Equal(1, ana.GetProperty("attempts").GetInt32());
        figures.Add($"390 px: chat page with the sign-in shown {opened} ms after opening; score card {scored} ms after sending the answer; Ana's attempts in /api/reports/progress: {ana.GetProperty("attempts").GetInt32()}");

        foreach (var line in figures)
        {
            output.WriteLine(line);
        }
    }

    /// <summary>The page's width against the viewport's: equal means no sideways scrolling.</summary>
    private static async Task<string> WidthAsync(IPage page, string what)
    {
        var scroll = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        var inner = await page.EvaluateAsync<int>("window.innerWidth");
        Assert.Equal(390, inner);
        Assert.True(scroll == inner, $"{what} is {scroll} px wide at a {inner} px viewport");
        return $"390 px viewport: {what} scrollWidth {scroll} px";
    }
}

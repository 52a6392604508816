using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace CoachBot.E2E.Tests;

/// <summary>
/// HR on a laptop (1280 px) and on a phone (390 px): the weakest team × standard cell leads to a team, the team's neediest
/// person and one of their answers with its quotes; at 390 px no page is wider than the screen. Prints what it measured.
/// </summary>
public sealed class DashboardGlanceBrowserTests(ITestOutputHelper output)
{
    private const string Secret = "e2e-glance-secret";
    private const string NewPassword = "hana's own long password";

    [Fact]
    public async Task Hr_FindsTheWeakestCell_ReadsAnAnswerWithItsQuotes_OnALaptopAndAPhone_AndNothingIsWiderThanThePhone()
    {
        await using var host = await HostProcess.StartAsync(new Dictionary<string, string> { ["Slack__SigningSecret"] = Secret });
        var people = Path.Combine(host.DataDirectory, "people.csv");
        await File.WriteAllTextAsync(people, """
            id,name,email,team,manager_id,role,slack_user_id,teams_user_id
            hr-1,Hana HR,hana@example.com,People,,hr,U0HANA,29:hana
            ana-1,Ana Alvarez,ana@example.com,Front desk,,employee,U0ANA,29:ana
            ben-1,Ben Brown,ben@example.com,Front desk,,employee,U0BEN,29:ben
            cara-1,Cara Cook,cara@example.com,Kitchen,,employee,U0CARA,29:cara
            dan-1,Dan Dale,dan@example.com,Kitchen,,employee,U0DAN,29:dan
            """);
        Assert.Contains("Imported 5 people", await DashboardBrowserTests.CliAsync(host, "import-people", people));
        var password = DashboardBrowserTests.OneTimePassword().Match(await DashboardBrowserTests.CliAsync(host, "set-password", "hr-1")).Groups[1].Value;
        using (var chat = new HttpClient { BaseAddress = new Uri(host.BaseUrl) })
        {
            await PractiseAsync(chat, "U0ANA", "bank", "I'm so sorry about your card. What do you need it for today? I'll order a new one now; it will be here by Thursday, and I'll call you Friday if not. Thank you!");
            await PractiseAsync(chat, "U0BEN", "dentist", "Oh no, I'm so sorry you're in pain. Someone will call you back soon.");
            await PractiseAsync(chat, "U0CARA", "restaurant", "I'm so sorry, that's our mistake. I'll have the chef make a new one within ten minutes, and dessert is on us. I'll check back with you after.");
        }

        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var figures = new List<string>();
        foreach (var width in new[] { 1280, 390 })
        {
            await using var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = width > 600 ? 900 : 844 } });
            var page = await context.NewPageAsync();
            await page.GotoAsync(host.BaseUrl + "/signin");
            figures.Add(await WidthAsync(page, width, "sign-in"));
            await page.GetByLabel("Sign-in name").FillAsync("hr-1");
            await page.GetByLabel("Password").FillAsync(width == 1280 ? password : NewPassword);
            var clock = Stopwatch.StartNew();
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            if (width == 1280)
            {
                await page.GetByLabel("Current or one-time password").FillAsync(password);
                await page.GetByLabel("New password (at least 12 characters)").FillAsync(NewPassword);
                await page.GetByLabel("New password again").FillAsync(NewPassword);
                clock.Restart();
                await page.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
            }

            // At a glance: the heat map's lowest cell is marked; it opens its team.
            var weakest = page.Locator("#teams td.heat.weakest a");
            await Assertions.Expect(weakest).ToHaveCountAsync(1);
            var glance = clock.ElapsedMilliseconds;
            figures.Add(await WidthAsync(page, width, "dashboard (company)"));
            await Browser.ScreenshotAsync(page, $"glance-company-{width}.png");
            var team = await weakest.GetAttributeAsync("data-heat-team");
            var cellAverage = double.Parse((await weakest.InnerTextAsync()).Split('\n')[0].Trim(), CultureInfo.InvariantCulture);
            var allAverages = await page.Locator("#teams td.heat a").EvaluateAllAsync<string[]>("cells => cells.map(c => c.firstChild.textContent)");
            Assert.Equal(allAverages.Min(a => double.Parse(a, CultureInfo.InvariantCulture)), cellAverage);
            await Assertions.Expect(page.Locator("#moments td.heat").First).ToBeVisibleAsync();

            clock.Restart();
            await weakest.ClickAsync();
            await Assertions.Expect(page.Locator("#scope-title")).ToHaveTextAsync($"Team {team}");
            await Assertions.Expect(page.Locator("#hardest li").First).ToBeVisibleAsync();
            var toTeam = clock.ElapsedMilliseconds;
            figures.Add(await WidthAsync(page, width, $"dashboard (team {team})"));

            // The neediest person comes first with a flag; their page shows what they said, quoted.
            var first = page.Locator("#people tr[data-row]").First;
            await Assertions.Expect(first.Locator(".flag.low")).ToBeVisibleAsync();
            var name = await first.Locator("a[data-person]").InnerTextAsync();
            clock.Restart();
            await first.Locator("a[data-person]").ClickAsync();
            await Assertions.Expect(page.Locator("#scope-title")).ToHaveTextAsync(name);
            await Assertions.Expect(page.Locator("#crumbs a[data-crumb='team']")).ToHaveTextAsync(team!);
            var quote = page.Locator("#answers article.answer q").First;
            await Assertions.Expect(quote).ToBeVisibleAsync();
            var toAnswer = clock.ElapsedMilliseconds;
            var quoted = await quote.InnerTextAsync();
            var answer = await page.Locator("#answers article.answer blockquote").First.InnerTextAsync();
            Assert.Contains(quoted, answer, StringComparison.OrdinalIgnoreCase);
            await Assertions.Expect(page.Locator("#answers article.answer .tip").First).ToBeVisibleAsync();
            figures.Add(await WidthAsync(page, width, $"dashboard (person {name})"));
            await Browser.ScreenshotAsync(page, $"glance-person-{width}.png");
            figures.Add($"{width} px: heat map shown {glance} ms after signing in; team view {toTeam} ms after the click; an answer with quotes {toAnswer} ms after clicking {name}; quote “{quoted}”");

            // A deep link keeps its team and person.
            await page.GotoAsync(host.BaseUrl + "/dashboard?team=Front%20desk&person=ben-1");
            await Assertions.Expect(page.Locator("#scope-title")).ToHaveTextAsync("Ben Brown");
            await Assertions.Expect(page.Locator("#crumbs a[data-crumb='team']")).ToHaveTextAsync("Front desk");
            await Assertions.Expect(page.Locator("#team")).ToHaveValueAsync("Front desk");
            await Assertions.Expect(page.Locator("#answers article.answer")).ToHaveCountAsync(1);
        }

        foreach (var line in figures)
        {
            output.WriteLine(line);
        }
    }

    [Fact]
    public async Task WebChat_OnAPhone_ExplainsTheScore_HidesUnassessedStandards_ShowsTheStreak_AndFitsTheScreen()
    {
        await using var host = await HostProcess.StartAsync();
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        await using var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(host.BaseUrl + "/");
        await Assertions.Expect(page.GetByText("I'm CoachBot.").First).ToBeVisibleAsync();
        var input = page.GetByLabel("Message");

        await input.FillAsync("practice meeting-room-double-booked");
        await input.PressAsync("Enter");
        await Assertions.Expect(page.Locator(".card.scenario")).ToHaveAttributeAsync("data-scenario", "meeting-room-double-booked");
        await input.FillAsync("Sorry about that, the room is taken. Please wait in the lobby.");
        await input.PressAsync("Enter");

        var card = page.Locator(".card.scores");
        await Assertions.Expect(card.Locator("tbody tr")).ToHaveCountAsync(2); // listen-first and own-the-need; not the two it does not assess
        await Assertions.Expect(card).Not.ToContainTextAsync("n/a");
        await Assertions.Expect(card.Locator(".missing").First).ToContainTextAsync("Missing: ");
        await Assertions.Expect(card.Locator(".scale")).ToContainTextAsync("2 = meets the standard");

        await input.FillAsync("progress");
        await input.PressAsync("Enter");
        await Assertions.Expect(page.Locator(".card.progress .streak")).ToHaveTextAsync("1-day practice streak");

        await input.FillAsync("https://example.com/a/very/long/address/that/would/push/the/page/sideways/if/it/did/not/wrap/0123456789abcdef");
        await input.PressAsync("Enter");
        await Assertions.Expect(page.Locator(".msg.me a").Last).ToBeVisibleAsync();
        await Browser.ScreenshotAsync(page, "webchat-390.png");
        output.WriteLine(await WidthAsync(page, 390, "web chat"));
    }

    /// <summary>The page's width against the viewport's; at a phone's width they must be equal (no sideways scrolling).</summary>
    private static async Task<string> WidthAsync(IPage page, int viewport, string what)
    {
        var scroll = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        var inner = await page.EvaluateAsync<int>("window.innerWidth");
        Assert.Equal(viewport, inner);
        if (viewport <= 600)
        {
            Assert.True(scroll == viewport, $"{what} is {scroll} px wide at a {viewport} px viewport");
        }

        return $"{viewport} px viewport: {what} scrollWidth {scroll} px";
    }

    private static Task PractiseAsync(HttpClient chat, string user, string topic, string answer) =>
        DashboardBrowserTests.PractiseAsync(chat, user, topic, answer, Secret);
}

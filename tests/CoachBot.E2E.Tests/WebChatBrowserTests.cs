using Microsoft.Data.Sqlite;
using Microsoft.Playwright;

namespace CoachBot.E2E.Tests;

/// <summary>A person in Chromium practises a scenario on the built-in web chat of a running host.</summary>
public sealed class WebChatBrowserTests
{
    private const string Chromium = "/usr/bin/chromium";

    [Fact]
    public async Task PractiseAnswerScoresAndProgress_InTheBrowser()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: run ./build/test.sh, which installs Debian's chromium.");
        await using var host = await HostProcess.StartAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
        var page = await browser.NewPageAsync();
        await page.GotoAsync(host.BaseUrl + "/");
        await Assertions.Expect(page.GetByText("I'm CoachBot.").First).ToBeVisibleAsync();

        var input = page.GetByLabel("Message");
        await input.FillAsync("practice restaurant");
        await input.PressAsync("Enter");
        await Assertions.Expect(page.Locator(".card.scenario h2")).ToHaveTextAsync("The birthday table that was given away");

        await input.FillAsync("Oh no, on your mother's 70th with everyone here, I'm so sorry. What name was the booking under? I'll join two tables for you within ten minutes, probably sooner, and if it takes longer, dessert is on us. Thank you for bearing with us; I'll check back after the main course, and I'd love your feedback.");
        await input.PressAsync("Enter");
        var rows = page.Locator(".card.scores tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(4);
        await Assertions.Expect(page.Locator(".card.scores tr[data-standard='listen-first'] td.score")).ToHaveTextAsync("3/3");
        await Assertions.Expect(page.Locator(".card.scores tr[data-standard='follow-up'] td.score")).ToHaveTextAsync("3/3");

        await page.Locator(".card.scores").GetByRole(AriaRole.Button, new() { Name = "Show a model answer" }).ClickAsync();
        await Assertions.Expect(page.GetByText("A model answer for").First).ToBeVisibleAsync();

        await input.FillAsync("progress");
        await input.PressAsync("Enter");
        await Assertions.Expect(page.Locator(".card.progress")).ToContainTextAsync("1 answer(s) to 1 scenario(s)");

        var artifacts = Path.Combine(AppContext.BaseDirectory, "artifacts");
        Directory.CreateDirectory(artifacts);
        await page.ScreenshotAsync(new() { Path = Path.Combine(artifacts, "webchat.png"), FullPage = true });

        await using var db = new SqliteConnection($"Data Source={host.DatabasePath}");
        await db.OpenAsync();
        var count = db.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM attempts WHERE ChannelId = 'webchat' AND ScenarioId = 'restaurant-birthday-table'";
        Assert.Equal(1L, (long)(await count.ExecuteScalarAsync())!);
        SqliteConnection.ClearAllPools();
    }
}

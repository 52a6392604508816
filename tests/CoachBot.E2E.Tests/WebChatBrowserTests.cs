using Microsoft.Playwright;

namespace CoachBot.E2E.Tests;

/// <summary>A person in Chromium practises a scenario on the built-in web chat of a running host.</summary>
public sealed class WebChatBrowserTests
{
    [Fact]
    public async Task PractiseAnswerScoresAndProgress_InTheBrowser()
    {
        await using var host = await HostProcess.StartAsync();
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
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
        await Assertions.Expect(page.Locator(".card.progress")).ToContainTextAsync("1 answer to 1 scenario");

        await Browser.ScreenshotAsync(page, "webchat.png");

        Assert.Equal(1L, await host.CountAsync("SELECT COUNT(*) FROM attempts WHERE ChannelId = 'webchat' AND ScenarioId = 'restaurant-birthday-table'"));
    }
}

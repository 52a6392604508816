using Microsoft.Playwright;

namespace CoachBot.E2E.Tests;

/// <summary>A person practises in a real Teams client: the Microsoft 365 Agents Playground (channel msteams), in Chromium.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class AgentsPlaygroundTests
{
    [Fact]
    public async Task PractiseRoundTrip_WithCards_InTheTeamsClient()
    {
        Assert.True(File.Exists(PlaygroundProcess.Executable), $"{PlaygroundProcess.Executable} is missing: run bash build/test.sh, which installs it with npm.");
        await using var host = await HostProcess.StartAsync();
        await using var playground = await PlaygroundProcess.StartAsync(host.BaseUrl + "/api/messages");
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync();
        await page.GotoAsync(playground.Url);
        try
        {
            await RoundTripAsync(page);
        }
        catch
        {
            await Browser.ScreenshotAsync(page, "playground-failure.png");
            throw;
        }

        // The Playground sends channelId msteams without a token (local mode): an anonymous try-out, kept in the channel 'local'.
        Assert.Equal(1L, await host.CountAsync("SELECT COUNT(*) FROM attempts WHERE ChannelId = 'local' AND ScenarioId = 'bank-card-swallowed'"));
        Assert.Equal(1L, await host.CountAsync("SELECT COUNT(*) FROM dialog_states WHERE ChannelId = 'local' AND OpenScenarioId = 'bank-father-cannot-come-in'"));
        Assert.Equal(0L, await host.CountAsync("SELECT COUNT(*) FROM attempts WHERE ChannelId = 'msteams'"));
    }

    private static async Task RoundTripAsync(IPage page)
    {
        var input = page.Locator("[contenteditable=\"true\"], textarea").First;
        await Assertions.Expect(input).ToBeVisibleAsync(new() { Timeout = 30_000 });

        await SayAsync(input, "practice bank");
        await Assertions.Expect(page.GetByText("The cash machine kept my card").Last).ToBeVisibleAsync(new() { Timeout = 20_000 });

        await SayAsync(input, "Oh no, your card with your trip on Thursday, that's worrying. Did it show a message? I'll block it now and have a new one with you by Wednesday, probably sooner. Thank you, I'll call you Wednesday to check.");
        await Assertions.Expect(page.GetByText("Your scores (0-3)").Last).ToBeVisibleAsync(new() { Timeout = 20_000 });

        await page.GetByRole(AriaRole.Button, new() { Name = "Next scenario" }).Last.ClickAsync();
        await Assertions.Expect(page.GetByText("My father can't come in to sign").Last).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Browser.ScreenshotAsync(page, "playground.png");
    }

    private static async Task SayAsync(ILocator input, string text)
    {
        await input.ClickAsync();
        await input.FillAsync(text);
        await input.PressAsync("Enter");
    }
}

using Microsoft.Playwright;

namespace CoachBot.E2E.Tests;

/// <summary>Debian's Chromium under Playwright, started the way this machine allows (no sandbox, no background network).</summary>
internal static class Browser
{
    public const string Chromium = "/usr/bin/chromium";

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: run bash build/test.sh, which installs Debian's chromium.");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
        return (playwright, browser);
    }

    public static async Task ScreenshotAsync(IPage page, string name)
    {
        var artifacts = Path.Combine(AppContext.BaseDirectory, "artifacts");
        Directory.CreateDirectory(artifacts);
        await page.ScreenshotAsync(new() { Path = Path.Combine(artifacts, name), FullPage = true });
    }

    /// <summary>Opens <paramref name="url"/>, signs in with a one-time password and replaces it, as a new HR partner does.</summary>
    public static async Task SignInFirstTimeAsync(IPage page, string url, string login, string oneTimePassword, string newPassword)
    {
        await page.GotoAsync(url);
        await page.GetByLabel("Sign-in name").FillAsync(login);
        await page.GetByLabel("Password").FillAsync(oneTimePassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.GetByLabel("Current or one-time password").FillAsync(oneTimePassword);
        await page.GetByLabel("New password (at least 12 characters)").FillAsync(newPassword);
        await page.GetByLabel("New password again").FillAsync(newPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
    }
}

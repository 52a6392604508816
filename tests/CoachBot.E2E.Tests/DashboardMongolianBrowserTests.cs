using Microsoft.Playwright;

namespace CoachBot.E2E.Tests;

public sealed partial class DashboardBrowserTests
{
    /// <summary>A browser set to Mongolian gets the sign-in and the dashboard in Mongolian; the switch changes to English and back.</summary>
    [Fact]
    public async Task Hr_WithAMongolianBrowser_SeesTheDashboardInMongolian_AndSwitchesToEnglishAndBack()
    {
        await using var host = await HostProcess.StartAsync(new Dictionary<string, string> { ["Slack__SigningSecret"] = SlackSecret });
        var people = Path.Combine(host.DataDirectory, "people.csv");
        await File.WriteAllTextAsync(people, """
            id,name,email,team,manager_id,role,slack_user_id,teams_user_id
            hr-1,Hana HR,hana@example.com,People,,hr,U0HANA,29:hana
            ana-1,Ana Alvarez,ana@example.com,Front desk,,employee,U0ANA,29:ana
            """);
        await CliAsync(host, "import-people", people);
        var hrPassword = OneTimePassword().Match(await CliAsync(host, "set-password", "hr-1")).Groups[1].Value;
        using (var chat = new HttpClient { BaseAddress = new Uri(host.BaseUrl) })
        {
            await PractiseAsync(chat, "U0ANA", "bank", "I'm so sorry about your card. What do you need it for today? I'll order a new one now; it will be here by Thursday. Thank you!");
        }

        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new() { Locale = "mn-MN" });

        await page.GotoAsync(host.BaseUrl + "/dashboard");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "mn");
        await page.GetByLabel("Нэвтрэх нэр").FillAsync("hr-1");
        await page.GetByLabel("Нууц үг").FillAsync(hrPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Нэвтрэх" }).ClickAsync();
        await page.GetByLabel("Одоогийн эсвэл нэг удаагийн нууц үг").FillAsync(hrPassword);
        await page.GetByLabel("Шинэ нууц үг (хамгийн багадаа 12 тэмдэгт)").FillAsync("hana's own long password");
        await page.GetByLabel("Шинэ нууц үгээ дахин оруулна уу").FillAsync("hana's own long password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Хадгалаад үргэлжлүүлэх" }).ClickAsync();

        await Assertions.Expect(page.Locator("#scope-title")).ToHaveTextAsync("Компани");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "mn");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("CoachBot · сургалтын ахиц");
        await Assertions.Expect(page.Locator("#standards-heading")).ToHaveTextAsync("Стандартууд");
        await Assertions.Expect(page.Locator("#standards")).ToContainTextAsync("Эхлээд сонс");
        await Assertions.Expect(page.Locator("#people")).ToContainTextAsync("Хариулт");
        await Assertions.Expect(page.Locator("#tile-attempts")).ToHaveTextAsync("1");
        await Browser.ScreenshotAsync(page, "dashboard-mn.png");

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await Assertions.Expect(page.Locator("#scope-title")).ToHaveTextAsync("Company");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Assertions.Expect(page.Locator("#standards")).ToContainTextAsync("Listen first");

        await page.GotoAsync(host.BaseUrl + "/dashboard"); // the choice is remembered over the browser's Mongolian
        await Assertions.Expect(page.Locator("#standards-heading")).ToHaveTextAsync("Standards");

        await page.GetByRole(AriaRole.Link, new() { Name = "монгол" }).ClickAsync();
        await Assertions.Expect(page.Locator("#scope-title")).ToHaveTextAsync("Компани");
        await Assertions.Expect(page.Locator("#standards")).ToContainTextAsync("Эхлээд сонс");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "mn");
    }
}

using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace CoachBot.E2E.Tests;

/// <summary>HR writes a scenario in Mongolian on the dashboard's scenarios page, on a phone-sized screen, and an employee practises it.</summary>
public sealed class AuthoringBrowserTests
{
    private const string Id = "bank-forgot-pin";
    private const string Title = "Картын пин кодоо мартчихлаа";
    private const string EditedTitle = "Пин код мартсан, карт түгжигдсэн";
    private const string Employee = "bold-web-1";

    [Fact]
    public async Task Hr_CreatesAMongolianScenario_PreviewsItsScore_Publishes_AnEmployeePractisesIt_AndAnEditKeepsTheAttemptOnItsVersion()
    {
        await using var host = await HostProcess.StartAsync();
        var people = Path.Combine(host.DataDirectory, "people.csv");
        await File.WriteAllTextAsync(people, """
            id,name,email,team,manager_id,role,slack_user_id,teams_user_id
            hr-1,Hana HR,hana@example.com,People,,hr,U0HANA,29:hana
            """);
        await DashboardBrowserTests.CliAsync(host, "import-people", people);
        var hrPassword = DashboardBrowserTests.OneTimePassword().Match(await DashboardBrowserTests.CliAsync(host, "set-password", "hr-1")).Groups[1].Value;

        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 390, Height = 844 } });
        await Browser.SignInFirstTimeAsync(page, host.BaseUrl + "/dashboard", "hr-1", hrPassword, "hana's own long password");

        await page.GetByRole(AriaRole.Link, new() { Name = "Scenarios" }).ClickAsync();
        await Assertions.Expect(page.Locator("#scenarios")).ToContainTextAsync("bank-card-swallowed");
        await AssertFitsAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "New scenario" }).ClickAsync();
        await page.Locator("#f-id").FillAsync(Id);
        await page.Locator("#f-industry").SelectOptionAsync("bank");
        foreach (var standard in new[] { "listen-first", "set-expectations", "own-the-need", "follow-up" })
        {
            await page.Locator($"#f-standards input[value='{standard}']").CheckAsync();
        }

        await FillMongolianAsync(page, Title);
        Assert.True(await page.Locator("#publish").IsDisabledAsync()); // not before a preview
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview the score" }).ClickAsync();
        var preview = page.Locator(".preview[data-language='mn']");
        await Assertions.Expect(preview.Locator("li[data-standard]")).ToHaveCountAsync(4);
        await Assertions.Expect(preview.Locator("li[data-standard='listen-first'] .score")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[0-3] of 3$"));
        await AssertFitsAsync(page);
        await Browser.ScreenshotAsync(page, "authoring-preview.png");

        await page.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();
        await Assertions.Expect(page.Locator("#notice")).ToHaveTextAsync($"Published {Id}, version 1.");
        await Assertions.Expect(page.Locator($"#scenarios tr[data-id='{Id}']")).ToContainTextAsync(Title);

        using var chat = new HttpClient { BaseAddress = new Uri(host.BaseUrl) };
        Assert.Contains(Title, await WebChatAsync(chat, "дасгал банк"));
        await WebChatAsync(chat, "Уучлаарай, та их санаа зовж байгаа байх. Үнэмлэхээр тань одоо мөнгө гаргаж өгье, арван минут болно. Маргааш залгаж асууя, баярлалаа.");
        Assert.Equal(1L, await host.CountAsync($"SELECT COUNT(*) FROM attempts WHERE ScenarioId = '{Id}' AND ScenarioVersion = 1"));

        await page.Locator($"#scenarios button[data-edit='{Id}']").ClickAsync();
        await Assertions.Expect(page.Locator("#f-mn-title")).ToHaveValueAsync(Title);
        await page.Locator("#f-mn-title").FillAsync(EditedTitle);
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview the score" }).ClickAsync();
        await Assertions.Expect(page.Locator("#publish")).ToBeEnabledAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();
        await Assertions.Expect(page.Locator("#notice")).ToHaveTextAsync($"Published {Id}, version 2.");

        // The earlier answer, on the person's dashboard page, still shows the version it answered.
        await page.GotoAsync(host.BaseUrl + "/dashboard?person=" + Uri.EscapeDataString("webchat:" + Employee));
        await Assertions.Expect(page.Locator("#answers")).ToContainTextAsync(Title);
        await Assertions.Expect(page.Locator("#answers")).Not.ToContainTextAsync(EditedTitle);
        Assert.Equal(1L, await host.CountAsync($"SELECT COUNT(*) FROM attempts WHERE ScenarioId = '{Id}' AND ScenarioVersion = 1"));
        Assert.Contains(EditedTitle, await WebChatAsync(chat, "дасгал банк", "bold-web-2"));
    }

    private static async Task FillMongolianAsync(IPage page, string title)
    {
        await page.Locator("#f-mn-title").FillAsync(title);
        await page.Locator("#f-mn-step").FillAsync("салбарын касс дээр бэлэн мөнгө авах");
        await page.Locator("#f-mn-goal").FillAsync("Би өнөөдөр түрээсээ төлөх мөнгөө авмаар байна");
        await page.Locator("#f-mn-customerSays").FillAsync("Пин кодоо мартчихлаа, гурван удаа буруу хийгээд карт түгжигдчихлээ. Өнөөдөр түрээсээ төлөх ёстой, мөнгөө яаж авах вэ?");
        await page.Locator("#f-mn-modelAnswer").FillAsync(
            "Өнөөдөр түрээсээ төлөх гэж байтал карт тань түгжигдчихсэн юм чинь та их санаа зовж байгаа байх, эхлээд мөнгийг тань авч өгье. "
            + "Та иргэний үнэмлэхээ авчирсан уу? Би яг одоо үнэмлэхээр тань кассаас бэлэн мөнгө гаргаж өгнө, энэ арван минут орчим болно. "
            + "Шинэ пин кодыг маргааш үд гэхэд утсанд тань мессежээр илгээнэ; ирэхгүй бол би өөрөө залгана. "
            + "Шууд хэлсэнд баярлалаа. Маргааш орой залгаж карт тань ажиллаж байгаа эсэхийг асууя, бидний үйлчилгээний талаар санал хүсэлтээ хэлээрэй.");
    }

    /// <summary>The page fits a 390 px phone without sideways scrolling.</summary>
    private static async Task AssertFitsAsync(IPage page) =>
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways at 390 px");

    private static async Task<string> WebChatAsync(HttpClient chat, string text, string user = Employee)
    {
        var response = await chat.PostAsJsonAsync("/api/webchat/messages", new { userId = user, text, locale = "mn" });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonNode.Parse(body)!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}

using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace CoachBot.E2E.Tests;

/// <summary>HR signs in to the dashboard in Chromium, drills from the company to a person, changes the dates and checks the CSV export.</summary>
public sealed partial class DashboardBrowserTests
{
    private const string SlackSecret = "e2e-signing-secret";

    [Fact]
    public async Task Hr_SignsIn_DrillsDown_ChangesDates_AndTheCsvMatchesThePage()
    {
        await using var host = await HostProcess.StartAsync(new Dictionary<string, string> { ["Slack__SigningSecret"] = SlackSecret });
        var adminPassword = OneTimePassword().Match(string.Join("\n", host.Output)).Groups[1].Value;
        Assert.Equal(20, adminPassword.Length);
        await AssertAdminOneTimePasswordWorksAsync(host, adminPassword);

        var people = Path.Combine(host.DataDirectory, "people.csv");
        await File.WriteAllTextAsync(people, """
            id,name,email,team,manager_id,role,slack_user_id,teams_user_id
            hr-1,Hana HR,hana@example.com,People,,hr,U0HANA,29:hana
            mgr-1,Mia Manager,mia@example.com,Front desk,,manager,U0MIA,29:mia
            ana-1,Ana Alvarez,ana@example.com,Front desk,mgr-1,employee,U0ANA,29:ana
            ben-1,Ben Brown,ben@example.com,Front desk,mgr-1,employee,U0BEN,29:ben
            cara-1,Cara Cook,cara@example.com,Kitchen,,employee,U0CARA,29:cara
            """);
        Assert.Contains("Imported 5 people", await CliAsync(host, "import-people", people));
        var hrPassword = OneTimePassword().Match(await CliAsync(host, "set-password", "hr-1")).Groups[1].Value;
        Assert.Equal(20, hrPassword.Length);

        using (var chat = new HttpClient { BaseAddress = new Uri(host.BaseUrl) })
        {
            await PractiseAsync(chat, "U0ANA", "bank", "I'm so sorry about your card. What do you need it for today? I'll order a new one now; it will be here by Thursday, and I'll call you Friday if not. Thank you!");
            await PractiseAsync(chat, "U0ANA", "dentist", "Sorry. Nothing I can do.");
            await PractiseAsync(chat, "U0CARA", "restaurant", "I'm sorry, I'll get the chef to redo it within ten minutes.");
        }

        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new() { AcceptDownloads = true });

        await Browser.SignInFirstTimeAsync(page, host.BaseUrl + "/dashboard", "hr-1", hrPassword, "hana's own long password");

        await Assertions.Expect(page.Locator("#scope-title")).ToHaveTextAsync("Company");
        await Assertions.Expect(page.Locator("#tile-attempts")).ToHaveTextAsync("3");
        await Assertions.Expect(page.Locator("#tile-participation")).ToHaveTextAsync("40%"); // 2 of 5

        await page.Locator("#teams a[data-team='Front desk']").ClickAsync();
        await Assertions.Expect(page.Locator("#scope-title")).ToHaveTextAsync("Team Front desk");
        await page.Locator("#people a[data-person='ana-1']").ClickAsync();
        await Assertions.Expect(page.Locator("#scope-title")).ToHaveTextAsync("Ana Alvarez");
        await Assertions.Expect(page.Locator("#tile-attempts")).ToHaveTextAsync("2");
        await Browser.ScreenshotAsync(page, "dashboard-person.png");

        var today = DateTime.UtcNow.Date;
        await page.Locator("#from").FillAsync(today.AddDays(-60).ToString("yyyy-MM-dd"));
        await page.Locator("#to").FillAsync(today.AddDays(-30).ToString("yyyy-MM-dd"));
        await page.Locator("#apply").ClickAsync();
        await Assertions.Expect(page.Locator("#tile-attempts")).ToHaveTextAsync("0");

        await page.Locator("#to").FillAsync(today.ToString("yyyy-MM-dd"));
        await page.Locator("#apply").ClickAsync();
        // Applying leaves the person for their team. Clicking while that view renders can land on a crumb being replaced.
        await Assertions.Expect(page.Locator("#scope-title")).ToHaveTextAsync("Team Front desk");
        // The crumb can still be replaced by the team view's render as it is clicked: click again until the company shows.
        for (var tries = 1; ; tries++)
        {
            await page.Locator("#crumbs a[data-crumb='top']").ClickAsync();
            try
            {
                await Assertions.Expect(page.Locator("#scope-title")).ToHaveTextAsync("Company", new() { Timeout = 3000 });
                break;
            }
            catch (PlaywrightException) when (tries < 3)
            {
            }
        }
        var anaAttempts = page.Locator("#people tr[data-row='ana-1'] td[data-col='attempts']");
        await Assertions.Expect(anaAttempts).ToHaveTextAsync("2"); // the hidden person view still holds the 0 of the earlier range until this load renders
        var onPage = await anaAttempts.TextContentAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#csv").ClickAsync());
        var csv = CsvRows(await File.ReadAllTextAsync((await download.PathAsync())!));
        await Browser.ScreenshotAsync(page, "dashboard-company.png");

        var header = csv[0];
        var ana = csv.Single(r => r[0] == "ana-1");
        Assert.Equal(onPage, ana[header.IndexOf("Answers")]);
        Assert.Equal(6, csv.Count); // header + 5 people

        // A refused report (problem details) shows its reason on the page.
        await page.Locator("#from").FillAsync(today.ToString("yyyy-MM-dd"));
        await page.Locator("#to").FillAsync(today.AddDays(-1).ToString("yyyy-MM-dd"));
        await page.Locator("#apply").ClickAsync();
        await Assertions.Expect(page.Locator("#error")).ToHaveTextAsync("\"from\" is after \"to\".");
    }

    private static async Task AssertAdminOneTimePasswordWorksAsync(HostProcess host, string password)
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(host.BaseUrl) };
        var page = await http.GetStringAsync("/signin"); // the form's antiforgery token, and its cookie
        var token = AntiforgeryToken().Match(page).Groups[1].Value;
        var response = await http.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["login"] = "admin", ["password"] = password, ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/password", response.Headers.Location!.ToString());
    }

    /// <summary>
    /// Practice that counts for a directory person comes from an authenticated channel: here Slack's /coach, signed as Slack
    /// signs it (an unauthenticated Bot Framework activity would be anonymous).
    /// </summary>
    internal static async Task PractiseAsync(HttpClient chat, string slackUser, string topic, string answer, string secret = SlackSecret)
    {
        foreach (var text in new[] { "practice " + topic, answer })
        {
            var body = $"command=%2Fcoach&user_id={slackUser}&channel_id=D-{slackUser}&text={Uri.EscapeDataString(text)}";
            var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
            using var hmac = new System.Security.Cryptography.HMACSHA256(System.Text.Encoding.UTF8.GetBytes(secret));
            var signature = "v0=" + Convert.ToHexStringLower(hmac.ComputeHash(System.Text.Encoding.UTF8.GetBytes($"v0:{timestamp}:{body}")));
            using var request = new HttpRequestMessage(HttpMethod.Post, "/slack/commands")
            {
                Content = new StringContent(body, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"),
            };
            request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
            request.Headers.Add("X-Slack-Signature", signature);
            (await chat.SendAsync(request)).EnsureSuccessStatusCode();
        }
    }

    internal static async Task<string> CliAsync(HostProcess host, params string[] args)
    {
        var cli = Path.Combine(AppContext.BaseDirectory.Replace("tests/CoachBot.E2E.Tests", "src/CoachBot.Cli", StringComparison.Ordinal), "coachbot.dll");
        var start = new ProcessStartInfo("dotnet", [cli, .. args]) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["Storage__SqlitePath"] = host.DatabasePath;
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, error);
        return output;
    }

    /// <summary>Rows of fields as a spreadsheet reads them (a standard's name may hold a comma, so it is quoted).</summary>
    internal static List<List<string>> CsvRows(string text)
    {
        using var parser = new CsvHelper.CsvParser(new StringReader(text), System.Globalization.CultureInfo.InvariantCulture);
        var rows = new List<List<string>>();
        while (parser.Read())
        {
            rows.Add([.. parser.Record!]);
        }

        return rows;
    }

    [GeneratedRegex("one-time password(?: for \"[^\"]+\")?: ([A-Za-z2-9]{20})", RegexOptions.IgnoreCase)]
    internal static partial Regex OneTimePassword();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}

using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using CoachBot.Core.People;
using CoachBot.Host.Tests.Reports;
using CoachBot.Host.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CoachBot.Host.Tests.Security;

/// <summary>The local sign-in under attack: guessing in parallel, probing names, stolen cookies, forged posts, huge forms.</summary>
public sealed class SignInHardeningTests
{
    [Fact]
    public async Task TwoHundredParallelWrongPasswords_CountEveryTry_AndLockTheSignIn()
    {
        await using var host = await ReportTestHost.StartAsync(s => s["RateLimits:SignInPerIpPerMinute"] = "1000");
        var client = Browser(host);
        client.Timeout = TimeSpan.FromMinutes(10); // 200 full-cost password hashes queue up on a 2-core machine
        var token = await SignInForm.TokenAsync(client, "/signin");

        var responses = await Task.WhenAll(Enumerable.Range(0, 200).Select(i =>
            client.PostAsync("/signin", SignInForm.Form(("login", "p-ana-7"), ("password", "guess " + i), (SignInForm.TokenField, token)))));
        var right = await SignInForm.PostAsync(client, "/signin", ("login", "p-ana-7"), ("password", ReportTestHost.Password));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));
        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        Assert.Equal(5, host.Factory.Count("SELECT FailedAttempts FROM local_logins WHERE Login = 'p-ana-7'"));
        Assert.Equal(1, host.Factory.Count("SELECT COUNT(*) FROM local_logins WHERE Login = 'p-ana-7' AND LockedUntilUtc IS NOT NULL"));
    }

    [Fact]
    public async Task ALockedName_AndAnUnknownName_GetTheSameAnswer()
    {
        await using var host = await ReportTestHost.StartAsync(s => s["RateLimits:SignInPerIpPerMinute"] = "1000");
        var client = Browser(host);
        for (var i = 0; i < 5; i++)
        {
            await SignInForm.PostAsync(client, "/signin", ("login", "p-ana-7"), ("password", "guess " + i));
        }

        var locked = await SignInForm.PostAsync(client, "/signin", ("login", "p-ana-7"), ("password", ReportTestHost.Password));
        var unknown = await SignInForm.PostAsync(client, "/signin", ("login", "p-nobody-7"), ("password", ReportTestHost.Password));

        Assert.Equal(unknown.StatusCode, locked.StatusCode);
        Assert.Equal(Alert(await unknown.Content.ReadAsStringAsync()), Alert(await locked.Content.ReadAsStringAsync()));
        Assert.DoesNotContain("Too many", await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownName_TakesAsLongAsAKnownOne()
    {
        await using var host = await ReportTestHost.StartAsync(s => s["RateLimits:SignInPerIpPerMinute"] = "1000");
        var client = Browser(host);
        var token = await SignInForm.TokenAsync(client, "/signin");
        async Task<double> TimeAsync(string login)
        {
            var watch = Stopwatch.StartNew();
            await client.PostAsync("/signin", SignInForm.Form(("login", login), ("password", "wrong password"), (SignInForm.TokenField, token)));
            return watch.Elapsed.TotalMilliseconds;
        }

        var known = new List<double>();
        var unknown = new List<double>();
        foreach (var i in Enumerable.Range(0, 4))
        {
            known.Add(await TimeAsync($"p-{(i % 2 == 0 ? "ben" : "kai")}-7"));
            unknown.Add(await TimeAsync($"p-nobody-{i}"));
        }

        // Without the dummy hash an unknown name answered in about 2 % of a known one's time.
        Assert.True(Median(unknown) > 0.5 * Median(known), $"unknown {Median(unknown):0} ms, known {Median(known):0} ms");
    }

    [Fact]
    public async Task AnOlderHash_StillSignsIn_AndIsMadeAgainAt600000Iterations()
    {
        await using var host = await ReportTestHost.StartAsync();
        var salt = RandomNumberGenerator.GetBytes(16);
        var old = "pbkdf2-sha256$210000$" + Convert.ToBase64String(salt) + "$"
            + Convert.ToBase64String(Rfc2898DeriveBytes.Pbkdf2(ReportTestHost.Password, salt, 210_000, HashAlgorithmName.SHA256, 32));
        await host.Factory.Services.GetRequiredService<ILocalLoginStore>().SaveAsync(new LocalLogin("p-ben-7", old, MustChangePassword: false), default);

        await host.SignInAsync("p-ben-7");

        var stored = host.Factory.Strings("SELECT PasswordHash FROM local_logins WHERE Login = 'p-ben-7'").Single();
        Assert.StartsWith("pbkdf2-sha256$600000$", stored, StringComparison.Ordinal);
        Assert.True(PasswordHash.Verify(ReportTestHost.Password, stored));
    }

    [Fact]
    public async Task SigningOut_EndsEveryCopyOfTheCookie()
    {
        await using var host = await ReportTestHost.StartAsync();
        var hana = await host.SignInAsync("p-hana-7");
        var stolen = await CopyOfCookiesAsync(host, hana);
        Assert.Equal(HttpStatusCode.OK, (await stolen.GetAsync("/api/me")).StatusCode);

        var signedOut = await SignInForm.PostAsync(hana, "/signout");

        Assert.Equal("/signin", signedOut.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await stolen.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task ANewPasswordFromSetPassword_EndsTheSignInsMadeBefore()
    {
        await using var host = await ReportTestHost.StartAsync();
        var hana = await host.SignInAsync("p-hana-7");

        // What `coachbot set-password p-hana-7` stores.
        await host.Factory.Services.GetRequiredService<ILocalLoginStore>()
            .SaveAsync(new LocalLogin("p-hana-7", PasswordHash.Create("one-time-xyz-789"), MustChangePassword: true, OneTimeExpires: host.Clock.GetUtcNow().AddHours(24)), default);

        Assert.Equal(HttpStatusCode.Unauthorized, (await hana.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task ASignIn_EndsAfterItsAbsoluteLifetime_HoweverActive()
    {
        await using var host = await ReportTestHost.StartAsync();
        var hana = await host.SignInAsync("p-hana-7");

        host.Clock.Advance(TimeSpan.FromHours(7));
        var active = await hana.GetAsync("/api/me");
        host.Clock.Advance(TimeSpan.FromHours(6));
        var tooOld = await hana.GetAsync("/api/me");

        Assert.Equal(HttpStatusCode.OK, active.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, tooOld.StatusCode);
    }

    [Fact]
    public async Task PostsWithoutTheFormsToken_AreRefused_AndChangeNothing()
    {
        await using var host = await ReportTestHost.StartAsync();
        var hana = await host.SignInAsync("p-hana-7");
        var client = Browser(host);

        var signIn = await client.PostAsync("/signin", SignInForm.Form(("login", "p-ana-7"), ("password", ReportTestHost.Password)));
        var signOut = await hana.PostAsync("/signout", SignInForm.Form());

        Assert.Equal(HttpStatusCode.BadRequest, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await hana.GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task A25MegabyteForm_Is413()
    {
        await using var host = await ReportTestHost.StartAsync();
        var client = Browser(host);

        var response = await client.PostAsync("/signin", SignInForm.Form(("login", "p-ana-7"), ("password", new string('x', 25 * 1024 * 1024))));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, host.Factory.Count("SELECT FailedAttempts FROM local_logins WHERE Login = 'p-ana-7'"));
    }

    [Fact]
    public async Task AOneTimePassword_Expires()
    {
        await using var host = await ReportTestHost.StartAsync();
        var start = host.Clock.GetUtcNow();
        await host.Factory.Services.GetRequiredService<ILocalLoginStore>()
            .SaveAsync(new LocalLogin("p-mia-7", PasswordHash.Create("one-time-abc-123"), MustChangePassword: true, OneTimeExpires: start.AddHours(24)), default);

        host.Clock.Advance(TimeSpan.FromHours(25));
        var response = await SignInForm.PostAsync(Browser(host), "/signin", ("login", "p-mia-7"), ("password", "one-time-abc-123"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("one-time password has expired", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var adminExpiry = DateTime.Parse(host.Factory.Strings("SELECT OneTimeExpiresUtc FROM local_logins WHERE Login = 'admin'").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(start.UtcDateTime.AddHours(24), adminExpiry, TimeSpan.FromMinutes(1));
    }

    private static HttpClient Browser(ReportTestHost host) =>
        host.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A second client that sends the cookie header someone copied from the first.</summary>
    private static async Task<HttpClient> CopyOfCookiesAsync(ReportTestHost host, HttpClient signedIn)
    {
        var copy = host.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var sent = (await signedIn.GetAsync("/api/me")).RequestMessage!;
        var cookies = sent.Headers.TryGetValues("Cookie", out var values) ? string.Join("; ", values) : "";
        Assert.Contains("coachbot.auth", cookies, StringComparison.Ordinal);
        copy.DefaultRequestHeaders.Add("Cookie", cookies);
        return copy;
    }

    private static string Alert(string page) => page.Split("role=\"alert\">")[1].Split("</p>")[0];

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}

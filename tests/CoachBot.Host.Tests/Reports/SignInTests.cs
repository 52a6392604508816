using System.Net;
using CoachBot.Core.People;
using CoachBot.Host.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CoachBot.Host.Tests.Reports;

public sealed class SignInTests
{
    [Fact]
    public async Task FirstStart_CreatesAdminWithAOneTimePassword_OnceOnly()
    {
        var data = CoachBotFactory.NewDataDirectory();
        string hash;
        await using (var first = new CoachBotFactory(data))
        {
            first.CreateClient();
            hash = first.Strings("SELECT PasswordHash FROM local_logins WHERE Login = 'admin' AND MustChangePassword = 1").Single();
        }

        await using var second = new CoachBotFactory(data);
        second.CreateClient();

        Assert.StartsWith("pbkdf2-sha256$", hash);
        Assert.Equal([hash], second.Strings("SELECT PasswordHash FROM local_logins WHERE Login = 'admin'"));
    }

    [Fact]
    public async Task OneTimePassword_MustBeReplaced_BeforeAnyReport()
    {
        await using var host = await ReportTestHost.StartAsync();
        await host.Factory.Services.GetRequiredService<ILocalLoginStore>()
            .SaveAsync(new LocalLogin("p-hana-7", PasswordHash.Create("one-time-abc-123"), MustChangePassword: true), CancellationToken.None);
        var client = host.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var signIn = await SignInForm.PostAsync(client, "/signin", ("login", "p-hana-7"), ("password", "one-time-abc-123"));
        var blocked = await client.GetAsync("/api/reports/progress");
        var page = await client.GetAsync("/dashboard");
        var tooShort = await SignInForm.PostAsync(client, "/account/password", ("current", "one-time-abc-123"), ("password", "short"), ("confirm", "short"));
        var changed = await SignInForm.PostAsync(client, "/account/password", ("current", "one-time-abc-123"), ("password", "a much longer secret"), ("confirm", "a much longer secret"));
        var allowed = await client.GetAsync("/api/reports/progress");

        Assert.Equal("/account/password", signIn.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.Forbidden, blocked.StatusCode);
        Assert.Equal("/account/password", page.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.BadRequest, tooShort.StatusCode);
        Assert.Contains("at least 12 characters", await tooShort.Content.ReadAsStringAsync());
        Assert.Equal("/dashboard", changed.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal(0, host.Factory.Count("SELECT MustChangePassword FROM local_logins WHERE Login = 'p-hana-7'"));
    }

    [Fact]
    public async Task FiveWrongPasswords_LockTheSignIn_EvenForTheRightOne()
    {
        await using var host = await ReportTestHost.StartAsync();
        var client = host.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await SignInForm.PostAsync(client, "/signin", ("login", "p-ana-7"), ("password", "guess " + i))).StatusCode);
        }

        var right = await SignInForm.PostAsync(client, "/signin", ("login", "p-ana-7"), ("password", ReportTestHost.Password));
        host.Clock.Advance(TimeSpan.FromMinutes(16));
        var later = await SignInForm.PostAsync(client, "/signin", ("login", "p-ana-7"), ("password", ReportTestHost.Password));

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.Unauthorized, s));
        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, later.StatusCode);
    }

    [Theory]
    [InlineData("//evil.example/x", "/dashboard")]
    [InlineData("https://evil.example/", "/dashboard")]
    [InlineData("/\t/evil.example/x", "/dashboard")]
    [InlineData("/\\evil.example/x", "/dashboard")]
    [InlineData("/dashboard\r\nLocation: https://evil.example/", "/dashboard")]
    [InlineData("/dashboard?team=Kitchen", "/dashboard?team=Kitchen")]
    public async Task ReturnUrl_IsOnlyEverALocalPath(string returnUrl, string expected)
    {
        await using var host = await ReportTestHost.StartAsync();
        var client = host.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await SignInForm.PostAsync(client, "/signin", ("login", "p-hana-7"), ("password", ReportTestHost.Password), ("returnUrl", returnUrl));

        Assert.Equal(expected, response.Headers.Location!.ToString());
    }
}

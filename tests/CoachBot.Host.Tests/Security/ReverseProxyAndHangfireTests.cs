using System.Net;
using CoachBot.Host.Tests.Reports;
using CoachBot.Host.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CoachBot.Host.Tests.Security;

/// <summary>The Hangfire dashboard by sign-in and role, and a TLS-terminating reverse proxy's forwarded headers, believed only from it.</summary>
public sealed class ReverseProxyAndHangfireTests
{
    private const string Proxy = "10.0.0.5";

    [Fact]
    public async Task HangfireDashboard_IsForHrAndAdminsSignedIn_EvenFromTheProxysLocalAddress()
    {
        await using var host = await ReportTestHost.StartAsync();
        var anonymous = Client(host.Factory.WithWebHostBuilder(b => FromAddress(b, "127.0.0.1")));
        var hr = await host.SignInAsync("p-hana-7");
        var employee = await host.SignInAsync("p-ana-7");

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/hangfire")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await employee.GetAsync("/hangfire")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await hr.GetAsync("/hangfire")).StatusCode);
    }

    [Fact]
    public async Task HangfireDashboard_RefusesACrossOriginPost()
    {
        await using var host = await ReportTestHost.StartAsync();
        var hr = await host.SignInAsync("p-hana-7");

        using var crossSite = new HttpRequestMessage(HttpMethod.Post, "/hangfire/recurring/trigger") { Content = SignInForm.Form(("jobs[]", "retention")) };
        crossSite.Headers.Add("Origin", "https://evil.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await hr.SendAsync(crossSite)).StatusCode);
    }

    [Fact]
    public async Task BehindAConfiguredProxy_TheClientsAddressIsRateLimited_AndTheCookieIsSecure()
    {
        await using var host = await ReportTestHost.StartAsync(s =>
        {
            s["ForwardedHeaders:KnownProxies:0"] = Proxy;
            s["RateLimits:SignInPerIpPerMinute"] = "2";
        });
        var viaProxy = host.Factory.WithWebHostBuilder(b => FromAddress(b, Proxy));

        var first = await SignInAsync(Client(viaProxy), "203.0.113.7", "https");
        await SignInAsync(Client(viaProxy), "203.0.113.7", "https");
        var third = await SignInAsync(Client(viaProxy), "203.0.113.7", "https");
        var otherClient = await SignInAsync(Client(viaProxy), "198.51.100.9", "https");

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Contains(first.Headers.GetValues("Set-Cookie"), c => c.StartsWith("coachbot.auth=", StringComparison.Ordinal) && c.Contains("secure", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, otherClient.StatusCode);
    }

    [Fact]
    public async Task WithoutAConfiguredProxy_ForwardedHeadersAreIgnored()
    {
        await using var host = await ReportTestHost.StartAsync(s => s["RateLimits:SignInPerIpPerMinute"] = "2");
        var direct = host.Factory.WithWebHostBuilder(b => FromAddress(b, "10.0.0.9"));

        var first = await SignInAsync(Client(direct), "203.0.113.7", "https");
        await SignInAsync(Client(direct), "203.0.113.8", "https");
        var third = await SignInAsync(Client(direct), "203.0.113.9", "https");

        Assert.DoesNotContain(first.Headers.GetValues("Set-Cookie"), c => c.StartsWith("coachbot.auth=", StringComparison.Ordinal) && c.Contains("secure", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode); // one client, whatever it claims
    }

    /// <summary>A browser behind the proxy: its cookies are Secure once the request is known to be HTTPS, so they are carried by hand here.</summary>
    private static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string forwardedFor, string forwardedProto)
    {
        client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", forwardedProto);
        var page = await client.GetAsync("/signin");
        var token = SignInForm.TokenIn(await page.Content.ReadAsStringAsync());
        using var post = new HttpRequestMessage(HttpMethod.Post, "/signin")
        {
            Content = SignInForm.Form(("login", "p-hana-7"), ("password", ReportTestHost.Password), (SignInForm.TokenField, token)),
        };
        post.Headers.Add("Cookie", page.Headers.GetValues("Set-Cookie").First(c => c.StartsWith("coachbot.antiforgery=", StringComparison.Ordinal)).Split(';')[0]);
        return await client.SendAsync(post);
    }

    private static HttpClient Client(WebApplicationFactory<Program> factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    /// <summary>The in-process test server has no network: this gives its requests the address they would come from.</summary>
    private static void FromAddress(IWebHostBuilder builder, string address) =>
        builder.ConfigureServices(s => s.AddSingleton<IStartupFilter>(new RemoteAddress(IPAddress.Parse(address))));

    private sealed class RemoteAddress(IPAddress address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, then) =>
            {
                context.Connection.RemoteIpAddress = address;
                return then(context);
            });
            next(app);
        };
    }
}

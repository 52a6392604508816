using System.Net;
using System.Text.RegularExpressions;
using CoachBot.Core.People;
using CoachBot.Host.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using static CoachBot.Host.Tests.Support.FakeIdentityProvider;

namespace CoachBot.Host.Tests.Security;

/// <summary>
/// The host with AzureAd:* set against <see cref="FakeIdentityProvider"/> (organisations-wide, so accounts of any tenant
/// reach CoachBot's own matching), on a fake clock, with HR Hana, manager Mia and her report Ana in the directory.
/// A browser signs in as a browser does: /signin, Microsoft's authorize page and its auto-posted form, the callback.
/// </summary>
public sealed partial class EntraTestHost : IAsyncDisposable
{
    public const string Tenant = "72f988bf-0000-0000-0000-000000000001";
    public const string OtherTenant = "0a0a0a0a-0000-0000-0000-000000000002";

    private EntraTestHost(FakeIdentityProvider microsoft, CoachBotFactory factory, FakeTimeProvider clock)
    {
        Microsoft = microsoft;
        Factory = factory;
        Clock = clock;
    }

    public FakeIdentityProvider Microsoft { get; }

    public CoachBotFactory Factory { get; }

    public FakeTimeProvider Clock { get; }

    public static readonly Account Hana = new(Tenant, "oid-hana", "hana@example.com", "Hana HR");
    public static readonly Account Ana = new(Tenant, "oid-ana", "ana@example.com", "Ana Alvarez");

    public static async Task<EntraTestHost> StartAsync()
    {
        var microsoft = await FakeIdentityProvider.StartAsync();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow); // browsers drop cookies that expire in their past
        var factory = new CoachBotFactory(CoachBotFactory.NewDataDirectory()) 
        {
            TestServices = s => s.AddSingleton<TimeProvider>(clock).AddSingleton<ILoggerProvider>(Errors)
                // The only changes to the real set-up, as the fake is plain HTTP on loopback and Microsoft is HTTPS: metadata over
                // HTTP, and the issuer template of the organisations metadata given to Microsoft.Identity.Web's issuer validator,
                // which would otherwise fetch that metadata itself, over HTTPS only.
                .Configure<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme, o =>
                {
                    o.RequireHttpsMetadata = false;
                    o.TokenValidationParameters.ValidIssuer = microsoft.Instance + "{tenantid}/v2.0";
                }),
        };
        factory.Settings["AzureAd:Instance"] = microsoft.Instance;
        factory.Settings["AzureAd:TenantId"] = "organizations";
        factory.Settings["AzureAd:ClientId"] = ClientId;
        factory.Settings["AzureAd:ClientSecret"] = ClientSecret;
        factory.Settings["RateLimits:SignInPerIpPerMinute"] = "1000";
        await factory.Services.GetRequiredService<IPeopleDirectory>().ImportAsync(
        [
            new("p-hana", "Hana HR", "hana@example.com", "People", null, Role.Hr, []),
            new("p-mia", "Mia Manager", "mia@example.com", "Front desk", null, Role.Manager, []),
            new("p-ana", "Ana Alvarez", "ana@example.com", "Front desk", "p-mia", Role.Employee, []),
        ], CancellationToken.None);
        return new EntraTestHost(microsoft, factory, clock);
    }

    /// <summary>The host's errors with their exceptions, shown when a sign-in fails where it should not.</summary>
    public static readonly ErrorLog Errors = new();

    public HttpClient Browser() =>
        Factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Signs in with Microsoft as <paramref name="account"/>; the answer is the callback's (302 to the dashboard, or the refusal).</summary>
    public async Task<(HttpClient Browser, HttpResponseMessage Callback)> SignInAsync(Account account, string? acceptLanguage = null, string signInPath = "/signin")
    {
        var browser = Browser();
        if (acceptLanguage is not null)
        {
            browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd(acceptLanguage);
        }

        var challenge = await browser.GetAsync(signInPath);
        Assert.True(challenge.StatusCode == HttpStatusCode.Redirect, $"{challenge.StatusCode}: {await challenge.Content.ReadAsStringAsync()} {Errors}");
        var authorize = challenge.Headers.Location!;
        Assert.StartsWith(Microsoft.Instance, authorize.ToString(), StringComparison.Ordinal);

        Microsoft.SignedInAs = account;
        using var outside = new HttpClient();
        var page = await outside.GetStringAsync(authorize);
        var action = new Uri(WebUtility.HtmlDecode(FormAction().Match(page).Groups[1].Value));
        var fields = HiddenField().Matches(page).Select(m => KeyValuePair.Create(m.Groups[1].Value, WebUtility.HtmlDecode(m.Groups[2].Value)));
        Assert.Equal("https://localhost/signin-oidc", action.GetLeftPart(UriPartial.Path));
        var callback = await browser.PostAsync(action.PathAndQuery, new FormUrlEncodedContent(fields));
        return (browser, callback);
    }

    public async Task<HttpClient> SignedInAsync(Account account)
    {
        var (browser, callback) = await SignInAsync(account);
        Assert.True(callback.StatusCode == HttpStatusCode.Redirect, $"{callback.StatusCode}: {await callback.Content.ReadAsStringAsync()} {Errors}");
        Assert.Equal("/dashboard", callback.Headers.Location!.ToString());
        return browser;
    }

    /// <summary>Another client holding the same cookies, as whoever copied them would.</summary>
    public async Task<HttpClient> CopyOfCookiesAsync(HttpClient browser)
    {
        var cookie = (await browser.GetAsync("/api/me")).RequestMessage!.Headers.GetValues("Cookie").Single();
        var copy = Factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = false });
        copy.DefaultRequestHeaders.Add("Cookie", cookie);
        return copy;
    }

    public async ValueTask DisposeAsync()
    {
        var data = Path.GetDirectoryName(Factory.DatabasePath)!;
        await Factory.DisposeAsync();
        await Microsoft.DisposeAsync();
        Directory.Delete(data, recursive: true);
    }

    public sealed class ErrorLog : ILoggerProvider, ILogger
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<string> _lines = new();

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                _lines.Enqueue(formatter(state, exception) + " " + exception);
            }
        }

        public override string ToString() => string.Join("\n", _lines.TakeLast(5));

        public void Dispose()
        {
        }
    }

    [GeneratedRegex("<form method=\"post\" action=\"([^\"]+)\"")]
    private static partial Regex FormAction();

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"")]
    private static partial Regex HiddenField();
}

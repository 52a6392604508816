using System.Net;
using System.Text.RegularExpressions;
using CoachBot.Host.Security;
using CoachBot.Host.Tests.Reports;

namespace CoachBot.Host.Tests.Security;

/// <summary>Browser hardening headers on the pages and the APIs, with a policy that still lets the pages' own scripts run.</summary>
public sealed partial class SecurityHeadersTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/dashboard")]
    [InlineData("/signin")]
    [InlineData("/api/me")]
    [InlineData("/healthz")]
    public async Task EveryResponse_CarriesTheHardeningHeaders(string path)
    {
        await using var host = await ReportTestHost.StartAsync();
        var client = await host.SignInAsync("p-hana-7");

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("'unsafe-inline' ", csp.Split("script-src")[1].Split(';')[0] + " ", StringComparison.Ordinal);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/dashboard")]
    public async Task ThePagesOwnInlineScripts_AreAllowedByThePolicy(string path)
    {
        await using var host = await ReportTestHost.StartAsync();
        var client = await host.SignInAsync("p-hana-7");

        var response = await client.GetAsync(path);
        var page = await response.Content.ReadAsStringAsync();

        var scripts = Script().Matches(page).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(scripts);
        var scriptSrc = Header(response, "Content-Security-Policy").Split(';').Single(d => d.Trim().StartsWith("script-src", StringComparison.Ordinal));
        Assert.All(scripts, s => Assert.Contains($"'sha256-{SecurityHeaders.Hash(s)}'", scriptSrc, StringComparison.Ordinal));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values) ? string.Join(",", values) : "";

    [GeneratedRegex(@"<script>(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex Script();
}

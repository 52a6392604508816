using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using CoachBot.Host.Channels.WebChat;
using CoachBot.Host.Dashboard;

namespace CoachBot.Host.Security;

/// <summary>
/// Browser hardening on every response: a content security policy that lets only this host's own inline scripts run (by
/// their hashes) and nothing frame the pages, no MIME sniffing, and no Referer (a "my data" link is a bearer token).
/// </summary>
internal static partial class SecurityHeaders
{
    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        var policy = PolicyFor(WebChatExtensions.Page.Value, DashboardPage.Template.Value, Authoring.AuthoringPage.Template.Value);
        app.Use((http, next) =>
        {
            // Set as the response starts, so that a handler that clears the response (a 503) keeps them.
            http.Response.OnStarting(() =>
            {
                var headers = http.Response.Headers;
                // Hangfire's dashboard brings its own scripts; it still may not be framed.
                headers.ContentSecurityPolicy = http.Request.Path.StartsWithSegments("/hangfire") ? "frame-ancestors 'none'" : policy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
                return Task.CompletedTask;
            });
            return next(http);
        });
        return app;
    }

    /// <summary>Styles may be inline (the chart legend colours its keys with style attributes); scripts only the pages' own.</summary>
    public static string PolicyFor(params string[] pages)
    {
        var hashes = pages.SelectMany(page => InlineScript().Matches(page).Select(m => $"'sha256-{Hash(m.Groups[1].Value)}'")).Distinct();
        return "default-src 'self'; script-src 'self' " + string.Join(' ', hashes) + "; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    }

    public static string Hash(string script) => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script)));

    [GeneratedRegex(@"<script>(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex InlineScript();
}

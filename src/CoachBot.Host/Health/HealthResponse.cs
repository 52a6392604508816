using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CoachBot.Host.Health;

/// <summary>{"status":"ok"} or {"status":"unhealthy","failing":["database"],"checks":{…}}: a person reading a probe's log sees what is wrong.</summary>
internal static class HealthResponse
{
    public static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.Headers.CacheControl = "no-store";
        var failing = report.Entries.Where(e => e.Value.Status == HealthStatus.Unhealthy).Select(e => e.Key).ToList();
        var checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString().ToLowerInvariant(), description = e.Value.Description });
        return http.Response.WriteAsJsonAsync(failing.Count == 0
            ? new { status = "ok", failing, checks }
            : new { status = "unhealthy", failing, checks });
    }
}

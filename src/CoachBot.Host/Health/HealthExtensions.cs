using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CoachBot.Host.Health;

/// <summary>
/// /healthz: the process lives (no checks, so a database outage never gets a live instance restarted).
/// /readyz: the database answers, the content is loaded and the Hangfire server runs; 503 naming the failing check.
/// Both are anonymous and never rate limited: a load balancer polls them often.
/// </summary>
internal static class HealthExtensions
{
    private const string Readiness = "ready";

    public static IServiceCollection AddHealth(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [Readiness], timeout: TimeSpan.FromSeconds(5))
            .AddCheck<ContentHealthCheck>("content", tags: [Readiness])
            .AddCheck<HangfireServerHealthCheck>("hangfire", tags: [Readiness], timeout: TimeSpan.FromSeconds(5));
        return services;
    }

    public static WebApplication MapHealth(this WebApplication app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthResponse.WriteAsync })
            .AllowAnonymous().DisableRateLimiting();
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = c => c.Tags.Contains(Readiness), ResponseWriter = HealthResponse.WriteAsync })
            .AllowAnonymous().DisableRateLimiting();
        return app;
    }
}

using CoachBot.Core.Content;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CoachBot.Host.Health;

internal sealed class ContentHealthCheck(IServiceProvider services) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var content = services.GetRequiredService<ContentPack>();
            return Task.FromResult(content.Standards.Count > 0 && content.Scenarios.Count > 0
                ? HealthCheckResult.Healthy($"{content.Standards.Count} standards, {content.Scenarios.Count} scenarios")
                : HealthCheckResult.Unhealthy("no standards or no scenarios loaded"));
        }
        catch (Exception ex)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy($"the content did not load ({ex.GetType().Name})"));
        }
    }
}

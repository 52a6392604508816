using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CoachBot.Host.Health;

/// <summary>
/// This process's Hangfire server has announced itself to the job storage and its heartbeat is recent. Hangfire names a
/// server "{machine}:{process id}:{guid}"; on shared PostgreSQL storage the other instances' servers are not ours.
/// </summary>
internal sealed class HangfireServerHealthCheck(JobStorage storage) : IHealthCheck
{
    private static readonly TimeSpan HeartbeatAge = TimeSpan.FromMinutes(2); // Hangfire beats every 30 s

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var ours = $":{Environment.ProcessId}:";
            var now = DateTime.UtcNow; // Hangfire's own clock, not the injected one tests may move
            var running = storage.GetMonitoringApi().Servers().Any(s =>
                s.Name.Contains(ours, StringComparison.Ordinal) && s.Heartbeat is { } beat && now - beat < HeartbeatAge);
            return Task.FromResult(running ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("no Hangfire server of this instance is running"));
        }
        catch (Exception ex)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy($"the job storage does not answer ({ex.GetType().Name})"));
        }
    }
}

using CoachBot.Core.Scheduling;
using Hangfire;
using Hangfire.Dashboard;
using Microsoft.Extensions.Options;

namespace CoachBot.Host.Jobs;

internal static class NudgeExtensions
{
    /// <summary>Scheduling in chat and its Hangfire jobs; Hangfire.InMemory for the embedded default.</summary>
    public static IServiceCollection AddNudges(this IServiceCollection services)
    {
        services.AddOptions<SchedulingOptions>().BindConfiguration(SchedulingOptions.SectionName);
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<SchedulingOptions>>().Value);
        services.AddTransient<SchedulingService>();
        services.AddTransient<NudgeJobs>();
        services.AddHangfire((sp, config) => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseInMemoryStorage());
        services.AddHangfireServer(o =>
        {
            o.SchedulePollingInterval = TimeSpan.FromSeconds(1);
            o.WorkerCount = Math.Max(4, Environment.ProcessorCount * 2);
        });
        return services;
    }

    /// <summary>The minutely due-check, and the dashboard at /hangfire (local requests only: it shows jobs and people).</summary>
    public static WebApplication MapNudges(this WebApplication app)
    {
        app.Services.GetRequiredService<IRecurringJobManager>()
            .AddOrUpdate<NudgeJobs>(NudgeJobs.DueCheckId, j => j.DueCheckAsync(CancellationToken.None), Cron.Minutely());
        app.UseHangfireDashboard("/hangfire", new DashboardOptions { Authorization = [new LocalRequestsOnlyAuthorizationFilter()], DisplayStorageConnectionString = false });
        return app;
    }
}

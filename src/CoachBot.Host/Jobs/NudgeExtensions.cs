using CoachBot.Core.Scheduling;
using Hangfire;
using Hangfire.Dashboard;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using CoachBot.Host.Storage;
using Microsoft.Extensions.Options;

namespace CoachBot.Host.Jobs;

internal static class NudgeExtensions
{
    /// <summary>Shared by every instance: the jobs, their locks and the recurring due-check.</summary>
    private static readonly PostgreSqlStorageOptions PostgresJobOptions = new() { PrepareSchemaIfNecessary = true, QueuePollInterval = TimeSpan.FromSeconds(1) };

    /// <summary>Scheduling in chat and its Hangfire jobs: Hangfire.InMemory for the embedded default, Hangfire.PostgreSql with Storage:Provider=Postgres.</summary>
    public static IServiceCollection AddNudges(this IServiceCollection services)
    {
        services.AddOptions<SchedulingOptions>().BindConfiguration(SchedulingOptions.SectionName)
            .Validate(o => TimeZoneInfo.TryFindSystemTimeZoneById(o.DefaultTimeZone, out _),
                $"{SchedulingOptions.SectionName}:{nameof(SchedulingOptions.DefaultTimeZone)} must be an IANA time zone, like Europe/Moscow or Asia/Ulaanbaatar")
            .ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<SchedulingOptions>>().Value);
        services.AddTransient<CoachBot.Core.Coaching.ICommandHandler, ScheduleCommands>();
        services.AddTransient<DuePromptClaimer>();
        services.AddTransient<ClaimedPromptDelivery>();
        services.AddTransient<NudgeJobs>();
        services.AddTransient<RetentionJob>();
        // The storage is built here and registered in DI, never through Hangfire's static JobStorage.Current,
        // so every host (and every test host in one process) keeps its own.
        services.AddSingleton<JobStorage>(sp =>
        {
            var storage = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            return storage.IsPostgres
                ? new PostgreSqlStorage(new NpgsqlConnectionFactory(storage.ConnectionString!, PostgresJobOptions), PostgresJobOptions)
                : new Hangfire.InMemory.InMemoryStorage();
        });
        // Hangfire's own default is the static JobActivator.Current, which every host in the process overwrites while it
        // starts: a server built after another host had started took that host's services, and its jobs ran there (or
        // failed once that host was disposed). Each host activates its jobs from its own services.
        services.AddSingleton<JobActivator>(sp => new Hangfire.AspNetCore.AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire((sp, config) => config.SetDataCompatibilityLevel(CompatibilityLevel.Version_180).UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings().UseLogProvider(new HangfireLogs(sp.GetRequiredService<ILoggerFactory>())));
        services.AddHangfireServer(o =>
        {
            o.SchedulePollingInterval = TimeSpan.FromSeconds(1);
            o.WorkerCount = Math.Max(4, Environment.ProcessorCount * 2);
        });
        return services;
    }

    /// <summary>The minutely due-check, and the dashboard at /hangfire (HR and admins signed in: it shows jobs and people).</summary>
    public static WebApplication MapNudges(this WebApplication app)
    {
        app.Services.GetRequiredService<IRecurringJobManager>()
            .AddOrUpdate<NudgeJobs>(NudgeJobs.DueCheckId, j => j.DueCheckAsync(CancellationToken.None), Cron.Minutely());
        if (app.Services.GetRequiredService<JobStorage>() is Hangfire.InMemory.InMemoryStorage)
        {
            app.Services.GetRequiredService<IBackgroundJobClient>().Enqueue<NudgeJobs>(j => j.RequeuePendingAsync(CancellationToken.None));
        }

        app.Services.GetRequiredService<IRecurringJobManager>()
            .AddOrUpdate<RetentionJob>(RetentionJob.Id, j => j.RunAsync(CancellationToken.None), Cron.Daily(3));
        app.UseHangfireDashboard("/hangfire", new DashboardOptions { Authorization = [], AsyncAuthorization = [new HangfireDashboardAccess()], DisplayStorageConnectionString = false });
        return app;
    }
}

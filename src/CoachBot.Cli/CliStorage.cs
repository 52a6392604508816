using CoachBot.Storage;
using CoachBot.Storage.Postgres;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.Cli;

/// <summary>The host's database, chosen by the same Storage settings: the SQLite file, or PostgreSQL with Storage:Provider=Postgres.</summary>
internal static class CliStorage
{
    public static async Task<ServiceProvider> OpenAsync(CliSettings settings, CancellationToken ct)
    {
        var provider = Build(settings);
        await provider.MigrateStorageAsync(ct);
        return provider;
    }

    /// <summary>The stores, without touching the database yet.</summary>
    public static ServiceProvider Build(CliSettings settings)
    {
        var services = new ServiceCollection();
        if (string.Equals(settings.Configuration["Storage:Provider"], "Postgres", StringComparison.OrdinalIgnoreCase))
        {
            var connection = settings.Configuration["Storage:ConnectionString"]
                ?? throw new InvalidOperationException("Storage:ConnectionString is required when Storage:Provider is Postgres.");
            services.AddStorage((_, o) => o.UseCoachBotPostgres(connection));
        }
        else
        {
            services.AddSqliteStorage(_ => settings.DatabasePath);
        }

        return services.BuildServiceProvider();
    }
}

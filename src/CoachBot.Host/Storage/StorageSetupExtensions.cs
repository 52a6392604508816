using CoachBot.Host.Configuration;
using CoachBot.Storage;
using CoachBot.Storage.Postgres;
using Microsoft.Extensions.Options;

namespace CoachBot.Host.Storage;

internal static class StorageSetupExtensions
{
    public static IServiceCollection AddStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<StorageOptions>().Validate(o => !o.IsPostgres || !string.IsNullOrWhiteSpace(o.ConnectionString), "Storage:ConnectionString is required when Storage:Provider is Postgres");
        services.AddHostedService<SqliteCheckpointService>();
        return services.AddStorage((sp, o) =>
        {
            var storage = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            if (storage.IsPostgres)
            {
                o.UseCoachBotPostgres(storage.ConnectionString!);
            }
            else
            {
                o.UseCoachBotSqlite(RootAppSettingsExtensions.ResolvePath(storage.SqlitePath), storage.SqliteBusyTimeoutSeconds, checkpointInBackground: true);
            }
        });
    }
}

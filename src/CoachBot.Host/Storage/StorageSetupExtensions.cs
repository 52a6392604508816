using CoachBot.Host.Configuration;
using CoachBot.Storage;
using Microsoft.Extensions.Options;

namespace CoachBot.Host.Storage;

internal static class StorageSetupExtensions
{
    public static IServiceCollection AddStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        return services.AddSqliteStorage(sp => RootAppSettingsExtensions.ResolvePath(sp.GetRequiredService<IOptions<StorageOptions>>().Value.SqlitePath));
    }
}

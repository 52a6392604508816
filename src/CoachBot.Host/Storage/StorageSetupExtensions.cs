using CoachBot.Core.Content;
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

    /// <summary>Refuses to start on broken content, then creates or migrates the database.</summary>
    public static async Task PrepareAsync(this WebApplication app)
    {
        var content = app.Services.GetRequiredService<ContentPack>();
        app.Logger.LogInformation("Loaded {Standards} standards and {Scenarios} scenarios", content.Standards.Count, content.Scenarios.Count);
        await app.Services.MigrateStorageAsync();
    }
}

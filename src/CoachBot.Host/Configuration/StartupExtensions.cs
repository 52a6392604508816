using CoachBot.Core.Content;
using CoachBot.Storage;

namespace CoachBot.Host.Configuration;

internal static class StartupExtensions
{
    /// <summary>Refuses to start on broken content (the exception lists every problem), then creates or migrates the database.</summary>
    public static async Task PrepareAsync(this WebApplication app)
    {
        var content = app.Services.GetRequiredService<ContentPack>();
        app.Logger.LogInformation("Loaded {Standards} standards and {Scenarios} scenarios", content.Standards.Count, content.Scenarios.Count);
        await app.Services.MigrateStorageAsync();
    }
}

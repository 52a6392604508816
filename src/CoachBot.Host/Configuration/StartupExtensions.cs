using CoachBot.Core.Content;
using CoachBot.Core.Scoring;

namespace CoachBot.Host.Configuration;

internal static class StartupExtensions
{
    /// <summary>Refuses to start on broken content or LLM prompt files (the exception lists every problem), then creates or migrates the database.</summary>
    public static async Task PrepareAsync(this WebApplication app)
    {
        var content = app.Services.GetRequiredService<ContentPack>();
        var scorer = app.Services.GetRequiredService<IAnswerScorer>();
        app.Logger.LogInformation("Loaded {Standards} standards and {Scenarios} scenarios; scoring with {Scorer}", content.Standards.Count, content.Scenarios.Count, scorer.Name);
        Security.ChannelModes.Log(app.Services, app.Logger);
        await Storage.StorageMigrationExtensions.MigrateOrCheckStorageAsync(app);
        await app.Services.GetRequiredService<Core.Authoring.ScenarioAuthoring>().RefreshAsync(CancellationToken.None); // scenarios written in the dashboard
        if (!Dashboard.SignIn.SignInExtensions.UsesEntra(app.Configuration))
        {
            await Dashboard.SignIn.LocalAdminBootstrap.EnsureAdminAsync(app.Services, Console.Out);
        }
    }
}

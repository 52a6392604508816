using CoachBot.Core.Coaching;
using CoachBot.Core.Content;
using CoachBot.Core.Scoring;
using CoachBot.Host.Configuration;
using Microsoft.Extensions.Options;

namespace CoachBot.Host.Coaching;

internal static class CoachingServiceCollectionExtensions
{
    public static IServiceCollection AddCoaching(this IServiceCollection services)
    {
        services.AddOptions<ContentOptions>().BindConfiguration(ContentOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp =>
            ContentLoader.Load(RootAppSettingsExtensions.ResolvePath(sp.GetRequiredService<IOptions<ContentOptions>>().Value.Directory, AppContext.BaseDirectory)));
        services.AddSingleton<IAnswerScorer, RubricAnswerScorer>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<CoachingService>();
        return services;
    }
}

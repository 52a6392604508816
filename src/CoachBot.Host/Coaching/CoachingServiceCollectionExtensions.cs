using CoachBot.Core.Coaching;
using CoachBot.Core.Content;
using CoachBot.Core.Scoring;
using CoachBot.Host.Configuration;
using CoachBot.Llm;
using Microsoft.Extensions.Options;

namespace CoachBot.Host.Coaching;

internal static class CoachingServiceCollectionExtensions
{
    public static IServiceCollection AddCoaching(this IServiceCollection services)
    {
        services.AddOptions<ContentOptions>().BindConfiguration(ContentOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => ContentLoader.Load(ContentDirectory(sp)));
        services.AddOptions<CoachingOptions>().BindConfiguration(CoachingOptions.SectionName)
            .Validate<ContentPack>((o, content) => content.Texts.Speaks(o.DefaultLanguage),
                $"{CoachingOptions.SectionName}:{nameof(CoachingOptions.DefaultLanguage)} must be the code of a language in prompts/ui/")
            .ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<CoachingOptions>>().Value);
        services.AddSingleton(TimeProvider.System);
        services.AddTransient<CoachingService>();
        return services.AddScoring();
    }

    /// <summary>The offline scorer, or, when Scoring:Llm:Endpoint is set, the LLM scorer with the offline one as its fallback.</summary>
    private static IServiceCollection AddScoring(this IServiceCollection services)
    {
        services.AddOptions<LlmScoringOptions>().BindConfiguration(LlmScoringOptions.SectionName)
            .Validate(o => !o.IsConfigured || Uri.TryCreate(o.Endpoint, UriKind.Absolute, out var url) && url.Scheme is "http" or "https",
                $"{LlmScoringOptions.SectionName}:{nameof(LlmScoringOptions.Endpoint)} must be an absolute http(s) URL, like https://api.openai.com/v1")
            .Validate(o => o.TimeoutSeconds > 0, $"{LlmScoringOptions.SectionName}:{nameof(LlmScoringOptions.TimeoutSeconds)} must be more than 0")
            .ValidateOnStart();
        services.AddSingleton<RubricAnswerScorer>();
        services.AddSingleton<IAnswerScorer>(sp =>
        {
            var llm = sp.GetRequiredService<IOptions<LlmScoringOptions>>().Value;
            var offline = sp.GetRequiredService<RubricAnswerScorer>();
            return llm.IsConfigured
                ? LlmScorerFactory.Create(llm, ContentDirectory(sp), sp.GetRequiredService<ContentPack>(), offline, sp.GetRequiredService<ILoggerFactory>())
                : offline;
        });
        return services;
    }

    private static string ContentDirectory(IServiceProvider sp) =>
        RootAppSettingsExtensions.ResolvePath(sp.GetRequiredService<IOptions<ContentOptions>>().Value.Directory, AppContext.BaseDirectory);
}

using CoachBot.Host.Channels.BotFramework.Auth;
using CoachBot.Host.Channels.Pipeline;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Polly;

namespace CoachBot.Host.Channels.BotFramework;

internal static class BotFrameworkExtensions
{
    public static IServiceCollection AddBotFrameworkChannel(this IServiceCollection services)
    {
        services.AddChatChannel(new ChatChannel(TeamsMessageSender.TeamsChannelId, ImportColumn: "teams_user_id"));
        services.AddSingleton<BotFrameworkOptionsSetup>();
        services.AddSingleton<IConfigureOptions<BotFrameworkOptions>>(sp => sp.GetRequiredService<BotFrameworkOptionsSetup>());
        services.AddSingleton<IValidateOptions<BotFrameworkOptions>>(sp => sp.GetRequiredService<BotFrameworkOptionsSetup>());
        services.AddOptions<BotFrameworkOptions>().ValidateOnStart();

        services.AddHttpClient(nameof(SigningKeyCache), c => c.Timeout = TimeSpan.FromSeconds(10));
        services.AddSingleton<SigningKeyCache>(sp => ActivatorUtilities.CreateInstance<SigningKeyCache>(sp, sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(SigningKeyCache))));
        services.AddSingleton<InboundTokenValidator>();
        services.AddHttpClient(MsalHttpClientFactory.ClientName);
        services.AddSingleton<IMsalHttpClientFactory, MsalHttpClientFactory>();
        services.AddSingleton<ConnectorTokenProvider>();
        services.AddTransient<ActivityHandler>();
        services.AddTransient<Delivery.IRedeliveryTarget, ConnectorRedeliveryTarget>();
        services.AddTransient<TeamsMessageSender>();
        services.AddTransient<CoachBot.Core.Scheduling.IMessageSender>(sp => sp.GetRequiredService<TeamsMessageSender>());
        services.AddTransient<PrivateReplies>();

        // Teams asks for 429, 412, 502 and 504 to be retried with backoff and jitter; Retry-After wins when given.
        services.AddHttpClient<ConnectorClient>(c => c.Timeout = TimeSpan.FromSeconds(30))
            .AddResilienceHandler("bot-connector", pipeline => pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = 4,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromSeconds(1),
                ShouldRetryAfterHeader = true,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is HttpRequestException
                    || args.Outcome.Result?.StatusCode is System.Net.HttpStatusCode.TooManyRequests or System.Net.HttpStatusCode.PreconditionFailed
                        || (int?)args.Outcome.Result?.StatusCode >= 500),
            }));
        return services;
    }

    public static IEndpointRouteBuilder MapBotFrameworkChannel(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/messages", BotFrameworkEndpoint.HandleAsync);
        return endpoints;
    }
}

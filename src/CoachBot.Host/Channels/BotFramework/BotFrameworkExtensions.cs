namespace CoachBot.Host.Channels.BotFramework;

internal static class BotFrameworkExtensions
{
    public static IServiceCollection AddBotFrameworkChannel(this IServiceCollection services)
    {
        services.AddHttpClient<ConnectorClient>(c => c.Timeout = TimeSpan.FromSeconds(15));
        return services;
    }

    public static IEndpointRouteBuilder MapBotFrameworkChannel(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/messages", BotFrameworkEndpoint.HandleAsync);
        return endpoints;
    }
}

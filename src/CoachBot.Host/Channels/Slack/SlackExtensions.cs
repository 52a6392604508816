using CoachBot.Host.Channels.Pipeline;

namespace CoachBot.Host.Channels.Slack;

internal static class SlackExtensions
{
    public static IServiceCollection AddSlackChannel(this IServiceCollection services)
    {
        services.AddChatChannel(new ChatChannel(SlackDispatcher.ChannelId, ImportColumn: "slack_user_id"));
        services.AddOptions<SlackOptions>().BindConfiguration(SlackOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ChannelPacer>();
        services.AddSingleton<SlackRateGate>();
        services.AddSingleton<SlackUserCache>();
        services.AddHttpClient<SlackApiClient>(c => c.Timeout = TimeSpan.FromSeconds(30));
        services.AddHttpClient(SlackApiClient.ResponseUrlClient, c => c.Timeout = TimeSpan.FromSeconds(30)).RemoveAllLoggers();
        services.AddTransient<SlackDispatcher>();
        services.AddTransient<SlackReplayGuardCleanup>();
        services.AddTransient<Delivery.IRedeliveryTarget, SlackRedeliveryTarget>();
        services.AddTransient<CoachBot.Core.Scheduling.IMessageSender, SlackMessageSender>();
        services.AddTransient<CoachBot.Core.Texts.IPlatformLocale, SlackUserLocale>();
        services.AddSingleton<SocketModeClient>();
        services.AddHostedService(sp => sp.GetRequiredService<SocketModeClient>());
        return services;
    }
}

using CoachBot.Host.Channels.Delivery;

namespace CoachBot.Host.Channels.Pipeline;

internal static class PipelineExtensions
{
    /// <summary>
    /// What every channel shares: the registry of channels, dedupe of inbound events, ordered work per conversation and the
    /// reply outbox. A channel adds itself with <see cref="AddChatChannel"/> and supplies parsing, verification, rendering
    /// and sending.
    /// </summary>
    public static IServiceCollection AddChannelPipeline(this IServiceCollection services)
    {
        services.AddSingleton<ChannelRegistry>();
        services.AddTransient<InboundDedupe>();
        services.AddSingleton<ConversationWorkQueue>();
        services.AddHostedService(sp => sp.GetRequiredService<ConversationWorkQueue>());
        services.AddChannelDelivery();
        return services;
    }

    public static IServiceCollection AddChatChannel(this IServiceCollection services, ChatChannel channel) =>
        services.AddSingleton(channel);
}

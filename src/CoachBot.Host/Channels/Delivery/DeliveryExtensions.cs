namespace CoachBot.Host.Channels.Delivery;

internal static class DeliveryExtensions
{
    /// <summary>The reply outbox shared by every channel: a channel registers its <see cref="IRedeliveryTarget"/>.</summary>
    public static IServiceCollection AddChannelDelivery(this IServiceCollection services)
    {
        services.AddOptions<RedeliveryOptions>().BindConfiguration(RedeliveryOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<RedeliverySignal>();
        services.AddTransient<ReplyRedelivery>();
        services.AddHostedService<RedeliveryWorker>();
        return services;
    }
}

using CoachBot.Host.Channels.BotFramework.Auth;
using CoachBot.Host.Channels.Slack;
using CoachBot.Host.Channels.WebChat;
using Microsoft.Extensions.Options;

namespace CoachBot.Host.Security;

/// <summary>One line at start that says how each way in is authenticated, so an open door is seen at once.</summary>
internal static partial class ChannelModes
{
    public static void Log(IServiceProvider services, ILogger logger) => LogModes(
        logger,
        BotFramework(services.GetRequiredService<IOptions<BotFrameworkOptions>>().Value),
        Slack(services.GetRequiredService<IOptions<SlackOptions>>().Value),
        WebChat(services.GetRequiredService<IOptions<WebChatOptions>>().Value));

    public static string BotFramework(BotFrameworkOptions options) => options switch
    {
        { IsLocalMode: false } => $"authenticated with app id {options.MicrosoftAppId}",
        { AllowUnauthenticated: true } => "local mode, unauthenticated (anonymous, no roles)",
        _ => "off",
    };

    public static string Slack(SlackOptions options) => (string.IsNullOrEmpty(options.SigningSecret), string.IsNullOrEmpty(options.AppToken)) switch
    {
        (false, false) => "HTTP signed and Socket Mode",
        (false, true) => "HTTP signed",
        (true, false) => "Socket Mode",
        _ => "off",
    };

    public static string WebChat(WebChatOptions options) => options.Enabled ? "on, anonymous (no roles)" : "off";

    [LoggerMessage(Level = LogLevel.Information, Message = "Channels: Bot Framework {BotFramework}; Slack {Slack}; web chat {WebChat}")]
    private static partial void LogModes(ILogger logger, string botFramework, string slack, string webChat);
}

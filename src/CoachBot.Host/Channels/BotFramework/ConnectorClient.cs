using System.Net;
using System.Net.Http.Json;

namespace CoachBot.Host.Channels.BotFramework;

/// <summary>
/// Posts replies to {serviceUrl}/v3/conversations/{id}/activities/{replyToId}. In local mode (no app id)
/// no token is sent, so only loopback service URLs (Emulator, Agents Playground) are allowed.
/// </summary>
internal sealed partial class ConnectorClient(HttpClient http, ILogger<ConnectorClient> logger)
{
    public async Task SendAsync(Activity reply, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(reply.ServiceUrl, UriKind.Absolute, out var serviceUrl) || !IsTrusted(serviceUrl))
        {
            LogUntrusted(reply.ServiceUrl);
            return;
        }

        var conversation = Uri.EscapeDataString(reply.Conversation?.Id ?? "");
        var path = reply.ReplyToId is { Length: > 0 } replyTo
            ? $"v3/conversations/{conversation}/activities/{Uri.EscapeDataString(replyTo)}"
            : $"v3/conversations/{conversation}/activities";
        var target = new Uri(new Uri(serviceUrl.ToString().TrimEnd('/') + "/"), path);
        using var response = await http.PostAsJsonAsync(target, reply, BotFrameworkJson.Options, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            LogRejected(target.Host, (int)response.StatusCode);
        }
    }

    private static bool IsTrusted(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.Host, out var ip) && IPAddress.IsLoopback(ip));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reply not sent: service URL {ServiceUrl} is not trusted in local mode")]
    private partial void LogUntrusted(string? serviceUrl);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Connector at {Host} answered {Status} to a reply")]
    private partial void LogRejected(string host, int status);
}

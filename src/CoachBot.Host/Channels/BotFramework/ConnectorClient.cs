using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CoachBot.Host.Channels.BotFramework.Auth;
using Microsoft.Extensions.Options;

namespace CoachBot.Host.Channels.BotFramework;

/// <summary>
/// The Bot Connector REST API: replies, proactive sends and new 1:1 conversations, with the bot's bearer token.
/// A token only ever goes to a trusted service URL: one a validated inbound token vouched for, or a configured
/// Teams host. In local mode (no app id) no token is sent and only loopback service URLs are used.
/// </summary>
internal sealed partial class ConnectorClient(HttpClient http, ConnectorTokenProvider tokens, IOptions<BotFrameworkOptions> options, ILogger<ConnectorClient> logger)
{
    /// <summary>
    /// Sends a reply (to replyToId) or a new message in the conversation: the connector's status, or null when the service
    /// URL is not trusted and nothing was sent.
    /// </summary>
    public async Task<HttpStatusCode?> SendWithStatusAsync(Activity activity, bool serviceUrlVouched, CancellationToken ct)
    {
        var conversation = Uri.EscapeDataString(activity.Conversation?.Id ?? "");
        var path = activity.ReplyToId is { Length: > 0 } replyTo
            ? $"v3/conversations/{conversation}/activities/{Uri.EscapeDataString(replyTo)}"
            : $"v3/conversations/{conversation}/activities";
        using var response = await PostAsync(activity.ServiceUrl, path, JsonContent.Create(activity, options: BotFrameworkJson.Options), serviceUrlVouched, ct);
        return response?.StatusCode;
    }

    /// <summary>Creates (or gets) the 1:1 conversation with a user; returns its id, or null when refused.</summary>
    public async Task<string?> CreateConversationAsync(string serviceUrl, ChannelAccount bot, ChannelAccount user, string? tenantId, bool serviceUrlVouched, CancellationToken ct)
    {
        var body = new JsonObject
        {
            ["bot"] = new JsonObject { ["id"] = bot.Id, ["name"] = bot.Name },
            ["members"] = new JsonArray(new JsonObject { ["id"] = user.Id }),
            ["isGroup"] = false,
            ["tenantId"] = tenantId,
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenantId } },
        };
        using var response = await PostAsync(serviceUrl, "v3/conversations", JsonContent.Create(body), serviceUrlVouched, ct);
        if (response?.IsSuccessStatusCode != true)
        {
            return null;
        }

        var created = await response.Content.ReadFromJsonAsync<JsonObject>(ct);
        return created?["id"]?.GetValue<string>();
    }

    private async Task<HttpResponseMessage?> PostAsync(string? serviceUrl, string path, HttpContent content, bool vouched, CancellationToken ct)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var baseUri) || !IsTrusted(baseUri, vouched))
        {
            LogUntrusted(serviceUrl);
            return null;
        }

        var target = new Uri(new Uri(baseUri.ToString().TrimEnd('/') + "/"), path);
        using var request = new HttpRequestMessage(HttpMethod.Post, target) { Content = content };
        if (await tokens.GetTokenAsync(ct) is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        var response = await http.SendAsync(request, ct);
        if (!response.IsSuccessStatusCode)
        {
            LogRejected(target.Host, (int)response.StatusCode, response.Headers.TryGetValues("X-Correlating-OperationId", out var ids) ? ids.FirstOrDefault() : null);
        }

        return response;
    }

    private bool IsTrusted(Uri uri, bool vouched)
    {
        var loopback = uri.IsLoopback || (IPAddress.TryParse(uri.Host, out var ip) && IPAddress.IsLoopback(ip));
        if (options.Value.IsLocalMode)
        {
            return loopback;
        }

        return vouched || (uri.Scheme == Uri.UriSchemeHttps && options.Value.TrustedServiceUrlHosts.Any(h => HostMatches(uri.Host, h)));
    }

    private static bool HostMatches(string host, string pattern) => pattern.StartsWith("*.", StringComparison.Ordinal)
        ? host.EndsWith(pattern[1..], StringComparison.OrdinalIgnoreCase)
        : host.Equals(pattern, StringComparison.OrdinalIgnoreCase);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Not sent: service URL {ServiceUrl} is not trusted")]
    private partial void LogUntrusted(string? serviceUrl);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Connector at {Host} answered {Status} (operation {OperationId})")]
    private partial void LogRejected(string host, int status, string? operationId);
}

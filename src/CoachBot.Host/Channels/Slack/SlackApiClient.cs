using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace CoachBot.Host.Channels.Slack;

/// <summary>
/// Slack's Web API: POSTs with the bot token (JSON for the write methods, form fields for the read methods, which do not
/// read JSON bodies), ok:false surfaced as <see cref="SlackApiException"/> with
/// Slack's error code, 429 honoured with Retry-After, 5xx tried again with a doubling wait, and posts to one channel paced.
/// </summary>
internal sealed partial class SlackApiClient(HttpClient http, IHttpClientFactory clients, IOptions<SlackOptions> options, ChannelPacer pacer, SlackRateGate gate, SlackUserCache users, ILogger<SlackApiClient> logger)
{
    /// <summary>A client that logs nothing: a response_url is a bearer webhook, and HttpClient logs each URL at Information.</summary>
    public const string ResponseUrlClient = "SlackResponseUrl";
    private const int MaxAttempts = 4;

    /// <summary>Methods that take their arguments only as form fields or query parameters: Slack reads JSON bodies for write methods alone.</summary>
    private static readonly HashSet<string> FormMethods = new(StringComparer.Ordinal) { "users.info", "conversations.members", "conversations.history" };

    public async Task<string?> PostMessageAsync(string channel, string text, JsonArray? blocks, string? threadTs, CancellationToken ct)
    {
        using var turn = await pacer.WaitTurnAsync(channel, ct);
        var reply = await CallAsync("chat.postMessage", new JsonObject { ["channel"] = channel, ["text"] = text, ["blocks"] = blocks, ["thread_ts"] = threadTs }, ct);
        return reply["ts"]?.GetValue<string>();
    }

    /// <summary>
    /// A reply to a person. With <paramref name="once"/> a 5xx is thrown at once (<see cref="SlackApiException.IsOutage"/>)
    /// instead of waited out here, so that the caller can hand the post to redelivery and go on.
    /// </summary>
    public async Task PostAsync(SlackPost post, bool once, CancellationToken ct)
    {
        using var turn = await pacer.WaitTurnAsync(post.Channel, ct);
        var body = post.EphemeralFor is { } user
            ? new JsonObject { ["channel"] = post.Channel, ["user"] = user, ["text"] = post.Text, ["blocks"] = post.Blocks() }
            : new JsonObject { ["channel"] = post.Channel, ["text"] = post.Text, ["blocks"] = post.Blocks(), ["thread_ts"] = post.Thread, ["metadata"] = post.Metadata() };
        await CallAsync(post.EphemeralFor is null ? "chat.postMessage" : "chat.postEphemeral", body, ct, serverErrorAttempts: once ? 1 : MaxAttempts);
    }

    /// <summary>Slack is down or unreachable (5xx, a network error, no answer in time), as opposed to refusing a call.</summary>
    public static bool IsOutage(Exception e, CancellationToken ct) =>
        e is SlackApiException { IsOutage: true } or HttpRequestException || (e is TaskCanceledException && !ct.IsCancellationRequested);

    public Task UpdateAsync(string channel, string ts, string text, JsonArray? blocks, CancellationToken ct) =>
        CallAsync("chat.update", new JsonObject { ["channel"] = channel, ["ts"] = ts, ["text"] = text, ["blocks"] = blocks }, ct);

    /// <summary>
    /// Posts into the app's DM with a person, named by their user id: Slack opens the DM itself, so a fan-out to thousands
    /// does not spend conversations.open's much lower limit. Returns the DM's channel id.
    /// </summary>
    public async Task<string> PostDirectMessageAsync(string user, string text, JsonArray? blocks, JsonObject? metadata, CancellationToken ct)
    {
        using var turn = await pacer.WaitTurnAsync(user, ct);
        var reply = await CallAsync("chat.postMessage", new JsonObject { ["channel"] = user, ["text"] = text, ["blocks"] = blocks, ["metadata"] = metadata }, ct);
        return reply["channel"]?.GetValue<string>() ?? user;
    }

    /// <summary>The DM channel with a person; used only to look a prompt up again after an interrupted delivery.</summary>
    public async Task<string> OpenDirectMessageAsync(string user, CancellationToken ct) =>
        (await CallAsync("conversations.open", new JsonObject { ["users"] = user }, ct))["channel"]!["id"]!.GetValue<string>();

    /// <summary>Messages in a conversation since a time, with their metadata.</summary>
    public async Task<JsonArray> HistoryAsync(string channel, DateTimeOffset since, CancellationToken ct) =>
        (await CallAsync("conversations.history", new JsonObject
        {
            ["channel"] = channel,
            ["oldest"] = since.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["include_all_metadata"] = true,
            ["limit"] = 100,
        }, ct))["messages"] as JsonArray ?? [];

    /// <summary>Whether the user is a member of the channel, page by page through conversations.members.</summary>
    public async Task<bool> IsMemberAsync(string channel, string user, CancellationToken ct)
    {
        string? cursor = null;
        do
        {
            var page = await CallAsync("conversations.members", new JsonObject { ["channel"] = channel, ["limit"] = 1000, ["cursor"] = cursor }, ct);
            if ((page["members"] as JsonArray ?? []).Any(m => m?.GetValue<string>() == user))
            {
                return true;
            }

            cursor = page["response_metadata"]?["next_cursor"]?.GetValue<string>();
        }
        while (!string.IsNullOrEmpty(cursor));

        return false;
    }

    public Task OpenViewAsync(string triggerId, JsonObject view, CancellationToken ct) =>
        CallAsync("views.open", new JsonObject { ["trigger_id"] = triggerId, ["view"] = view }, ct);

    /// <summary>Name, time zone and locale of a person, cached for an hour.</summary>
    public async Task<JsonObject> UserInfoAsync(string user, CancellationToken ct)
    {
        if (users.Find(user) is { } cached)
        {
            return cached;
        }

        var info = (await CallAsync("users.info", new JsonObject { ["user"] = user, ["include_locale"] = true }, ct))["user"]!.AsObject();
        users.Add(user, info);
        return info;
    }

    /// <summary>A fresh Socket Mode WebSocket URL, asked for with the app-level token.</summary>
    public async Task<Uri> OpenSocketUrlAsync(CancellationToken ct) =>
        new((await CallAsync("apps.connections.open", [], ct, options.Value.AppToken))["url"]!.GetValue<string>());

    /// <summary>Follow-up through a slash command's or interaction's response_url (Slack's hooks host only).</summary>
    public async Task RespondAsync(string responseUrl, JsonObject message, CancellationToken ct)
    {
        if (!Uri.TryCreate(responseUrl, UriKind.Absolute, out var url) || !IsSlackHost(url))
        {
            LogRefusedResponseUrl(url?.Host ?? "(not a URL)");
            return;
        }

        using var response = await clients.CreateClient(ResponseUrlClient).PostAsJsonAsync(url, message, ct);
        if (!response.IsSuccessStatusCode)
        {
            LogResponseUrlFailed((int)response.StatusCode);
        }
    }

    private async Task<JsonObject> CallAsync(string method, JsonObject body, CancellationToken ct, string? token = null, int serverErrorAttempts = MaxAttempts)
    {
        if (!SlackScopes.Methods.ContainsKey(method))
        {
            throw new InvalidOperationException($"{method} is not in SlackScopes.Methods; add it there and to manifests/slack/manifest.yml");
        }

        foreach (var key in body.Where(p => p.Value is null).Select(p => p.Key).ToList())
        {
            body.Remove(key);
        }

        for (var attempt = 1; ; attempt++)
        {
            await gate.WaitAsync(method, ct);
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(new Uri(options.Value.ApiBaseUrl.TrimEnd('/') + "/"), method))
            {
                Content = FormMethods.Contains(method) ? FormFields(body) : JsonContent.Create(body),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? options.Value.BotToken);
            using var response = await http.SendAsync(request, ct);
            if (response.StatusCode == HttpStatusCode.TooManyRequests && attempt < MaxAttempts)
            {
                var wait = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1);
                LogThrottled(method, wait.TotalSeconds);
                gate.Pause(method, wait < TimeSpan.FromSeconds(30) ? wait : TimeSpan.FromSeconds(30));
                continue;
            }

            if ((int)response.StatusCode >= 500)
            {
                // A 5xx body is often a proxy's HTML page. A post may be repeated if Slack had taken it: better than lost.
                if (attempt < serverErrorAttempts)
                {
                    var wait = options.Value.ServerErrorRetryDelay * (1 << (attempt - 1));
                    LogServerError(method, (int)response.StatusCode, wait.TotalSeconds);
                    await Task.Delay(wait, ct);
                    continue;
                }

                throw new SlackApiException(method, $"HTTP {(int)response.StatusCode}", isOutage: true);
            }

            var reply = await response.Content.ReadFromJsonAsync<JsonObject>(ct) ?? [];
            if (reply["ok"]?.GetValue<bool>() != true)
            {
                throw new SlackApiException(method, reply["error"]?.GetValue<string>() ?? $"HTTP {(int)response.StatusCode}");
            }

            return reply;
        }
    }

    private static FormUrlEncodedContent FormFields(JsonObject body) =>
        new(body.Select(p => KeyValuePair.Create(p.Key, p.Value is JsonValue v && v.TryGetValue<bool>(out var flag) ? (flag ? "true" : "false") : p.Value!.ToString())));

    private bool IsSlackHost(Uri url) =>
        url.Host.Equals("hooks.slack.com", StringComparison.OrdinalIgnoreCase)
        || url.Host.Equals(new Uri(options.Value.ApiBaseUrl).Host, StringComparison.OrdinalIgnoreCase);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack throttled {Method}; retrying in {Seconds} s")]
    private partial void LogThrottled(string method, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack answered {Method} with HTTP {Status}; retrying in {Seconds} s")]
    private partial void LogServerError(string method, int status, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused to post to a response_url outside Slack (host {Host})")]
    private partial void LogRefusedResponseUrl(string host);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack response_url answered {Status}")]
    private partial void LogResponseUrlFailed(int status);
}

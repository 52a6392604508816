using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CoachBot.Host.Tests.Support;

/// <summary>
/// Slack on loopback, in its wire format: the Web API (calls recorded; 429s and ok:false injectable), response_url
/// hooks, and a Socket Mode WebSocket server that pushes envelopes and records acknowledgements.
/// </summary>
public sealed class FakeSlack : IAsyncDisposable
{
    private readonly WebApplication _app;
    private Channel<JsonObject> _socketOutbox = Channel.CreateUnbounded<JsonObject>();

    private FakeSlack(WebApplication app) => _app = app;

    public ConcurrentQueue<(string Method, string? Authorization, JsonObject Body)> Calls { get; } = new();

    public ConcurrentQueue<JsonObject> Hooks { get; } = new();

    public ConcurrentQueue<JsonObject> Acks { get; } = new();

    /// <summary>
    /// Per method, what to answer first: "429", "503" (HTTP 503 with a proxy's HTML page), "503-taken" (a post kept, but
    /// answered with a 503, as when Slack's edge fails after the post went in) or an ok:false error code.
    /// </summary>
    public ConcurrentDictionary<string, ConcurrentQueue<string>> Failures { get; } = new();

    /// <summary>Per channel, how long chat.postMessage takes to answer (a slow Slack for one conversation).</summary>
    public ConcurrentDictionary<string, TimeSpan> PostDelays { get; } = new();

    /// <summary>Per channel, its members for conversations.members; a channel not here is channel_not_found.</summary>
    public ConcurrentDictionary<string, string[]> ChannelMembers { get; } = new();

    public int SocketSessions;

    /// <summary>Users' locales as Slack reports them with include_locale=true (by user id); others have Slack's default, en-US.</summary>
    public ConcurrentDictionary<string, string> Locales { get; } = new();

    public string BaseUrl => LoopbackServer.BaseUrl(_app);

    public string ApiBaseUrl => BaseUrl + "/api/";

    public string ResponseUrl => BaseUrl + "/hooks/T1/123/abc";

    /// <summary>users.info's answer: the locale only when asked for with include_locale, as Slack does.</summary>
    private JsonObject UserInfo(JsonObject body)
    {
        var id = body["user"]?.ToString() ?? "";
        var user = new JsonObject { ["id"] = id, ["team_id"] = "T1", ["name"] = "alex", ["real_name"] = "Alex", ["tz"] = "Europe/London", ["tz_label"] = "Greenwich Mean Time", ["tz_offset"] = 0, ["is_bot"] = false };
        if (body["include_locale"]?.ToString() is "true" or "1")
        {
            user["locale"] = Locales.GetValueOrDefault(id) ?? "en-US";
        }

        return new JsonObject { ["ok"] = true, ["user"] = user };
    }

    /// <summary>
    /// The arguments as Slack reads them: a JSON body for write methods, form fields for read methods (users.info,
    /// conversations.*), which ignore a JSON body, so a client sending one gets the error of a missing argument.
    /// </summary>
    private static async Task<JsonObject> ArgumentsAsync(string method, HttpRequest request)
    {
        if (method is not ("users.info" or "conversations.members" or "conversations.history"))
        {
            return await request.ReadFromJsonAsync<JsonObject>() ?? [];
        }

        var fields = new JsonObject();
        if (request.HasFormContentType)
        {
            foreach (var (key, value) in await request.ReadFormAsync())
            {
                fields[key] = value.ToString();
            }
        }

        return fields;
    }

    public static async Task<FakeSlack> StartAsync()
    {
        var app = LoopbackServer.Create();
        var slack = new FakeSlack(app);
        app.UseWebSockets();
        app.MapPost("/api/{method}", async (string method, HttpRequest request) =>
        {
            var body = await ArgumentsAsync(method, request);
            slack.Calls.Enqueue((method, request.Headers.Authorization.ToString(), body));
            if (method == "chat.postMessage" && slack.PostDelays.TryGetValue(body["channel"]?.ToString() ?? "", out var delay))
            {
                await Task.Delay(delay);
            }

            if (slack.Failures.TryGetValue(method, out var queue) && queue.TryDequeue(out var failure))
            {
                if (failure == "429")
                {
                    request.HttpContext.Response.Headers.RetryAfter = "1";
                    return Results.Json(new { ok = false, error = "ratelimited" }, statusCode: 429);
                }

                if (failure == "503-taken")
                {
                    slack.Keep(body);
                }

                if (failure is "503" or "503-taken")
                {
                    return Results.Content("<html><body><h1>503 Service Unavailable</h1></body></html>", "text/html", statusCode: 503);
                }

                return Results.Json(new { ok = false, error = failure });
            }

            return method switch
            {
                "chat.postMessage" => Results.Json(new { ok = true, channel = slack.Keep(body), ts = "1700000000.000100" }),
                "conversations.open" => Results.Json(new { ok = true, channel = new { id = DirectMessageChannel(body["users"]?.ToString()) } }),
                "conversations.history" => Results.Json(new { ok = true, messages = slack.Posted.Where(p => p.Channel == body["channel"]?.ToString()).Select(p => p.Message).ToArray() }),
                "conversations.members" => slack.ChannelMembers.TryGetValue(body["channel"]?.ToString() ?? "", out var members)
                    ? Results.Json(new { ok = true, members, response_metadata = new { next_cursor = "" } })
                    : Results.Json(new { ok = false, error = "channel_not_found" }),
                "users.info" => body["user"] is null ? Results.Json(new { ok = false, error = "user_not_found" }) : Results.Json(slack.UserInfo(body)),
                "apps.connections.open" => Results.Json(new { ok = true, url = slack.BaseUrl.Replace("http://", "ws://", StringComparison.Ordinal) + "/link" }),
                _ => Results.Json(new { ok = true }),
            };
        });
        app.MapPost("/hooks/{**rest}", async (HttpRequest request) =>
        {
            slack.Hooks.Enqueue(await request.ReadFromJsonAsync<JsonObject>() ?? []);
            return Results.Text("ok");
        });
        app.Map("/link", async (HttpContext context) =>
        {
            using var socket = await context.WebSockets.AcceptWebSocketAsync();
            Interlocked.Increment(ref slack.SocketSessions);
            await Send(socket, new JsonObject { ["type"] = "hello", ["num_connections"] = 1 });
            var outbox = slack._socketOutbox;
            var receiving = slack.ReceiveAcksAsync(socket);
            await foreach (var message in outbox.Reader.ReadAllAsync(context.RequestAborted))
            {
                await Send(socket, message);
                if (message["type"]?.ToString() == "disconnect")
                {
                    break;
                }
            }

            await receiving;
        });
        await app.StartAsync();
        return slack;
    }

    /// <summary>Pushes an envelope to the connected Socket Mode client.</summary>
    public void Push(JsonObject envelope) => _socketOutbox.Writer.TryWrite(envelope);

    /// <summary>Tells the client to reconnect; later pushes go to the next session.</summary>
    public void Disconnect()
    {
        var old = _socketOutbox;
        _socketOutbox = Channel.CreateUnbounded<JsonObject>();
        old.Writer.TryWrite(new JsonObject { ["type"] = "disconnect", ["reason"] = "refresh_requested" });
    }

    public List<JsonObject> CallsTo(string method) => Calls.Where(c => c.Method == method).Select(c => c.Body).ToList();

    private async Task ReceiveAcksAsync(WebSocket socket)
    {
        var buffer = new byte[64 * 1024];
        while (socket.State == WebSocketState.Open)
        {
            WebSocketReceiveResult result;
            try
            {
                result = await socket.ReceiveAsync(buffer, CancellationToken.None);
            }
            catch (WebSocketException)
            {
                return;
            }

            if (result.MessageType == WebSocketMessageType.Close)
            {
                return;
            }

            Acks.Enqueue(JsonNode.Parse(Encoding.UTF8.GetString(buffer, 0, result.Count))!.AsObject());
        }
    }

    private static Task Send(WebSocket socket, JsonObject message) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    /// <summary>Accepted posts, by the channel they landed in, as conversations.history returns them (with metadata).</summary>
    public ConcurrentQueue<(string Channel, JsonObject Message)> Posted { get; } = new();

    private string? Keep(JsonObject body)
    {
        var channel = DirectMessageChannel(body["channel"]?.ToString());
        Posted.Enqueue((channel ?? "", new JsonObject { ["type"] = "message", ["text"] = body["text"]?.ToString(), ["metadata"] = body["metadata"]?.DeepClone() }));
        return channel;
    }

    /// <summary>As Slack does: a post to a user id goes to the app's DM with them, and the reply names that DM.</summary>
    private static string? DirectMessageChannel(string? channel) => channel is ['U' or 'W', ..] ? "D-" + channel : channel;
}

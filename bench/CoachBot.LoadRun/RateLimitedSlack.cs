using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CoachBot.LoadRun;

/// <summary>
/// A fake Slack Web API that enforces chat.postMessage's published shape of limit: one message per second per channel
/// (a burst of 2 allowed) and a workspace-wide rate, answering 429 with Retry-After and {"ok":false,"error":"ratelimited"}.
/// Slack publishes no number for the workspace-wide rate; the run takes it as a parameter. Every accepted post is kept.
/// </summary>
internal sealed class RateLimitedSlack : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TokenBucket _workspace;
    private readonly ConcurrentDictionary<string, TokenBucket> _channels = new(StringComparer.Ordinal);

    private RateLimitedSlack(WebApplication app, double postsPerSecond)
    {
        _app = app;
        PostsPerSecond = postsPerSecond;
        _workspace = new TokenBucket(postsPerSecond, postsPerSecond);
    }

    public double PostsPerSecond { get; }

    public string Url { get; private set; } = "";

    public ConcurrentDictionary<string, int> PostsPerChannel { get; } = new(StringComparer.Ordinal);

    public ConcurrentQueue<DateTimeOffset> PostTimes { get; } = new();

    /// <summary>What conversations.history returns for each person's DM: the accepted posts, with their metadata.</summary>
    public ConcurrentDictionary<string, ConcurrentQueue<JsonObject>> Messages { get; } = new(StringComparer.Ordinal);

    public int Throttled;

    public static async Task<RateLimitedSlack> StartAsync(double postsPerSecond)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var slack = new RateLimitedSlack(builder.Build(), postsPerSecond);
        slack._app.MapPost("/api/{method}", async (string method, HttpRequest request) =>
        {
            var body = await request.ReadFromJsonAsync<JsonObject>() ?? [];
            switch (method)
            {
                case "conversations.open":
                    return Results.Json(new { ok = true, channel = new { id = "D" + body["users"] } });
                case "conversations.history":
                    var user = body["channel"]?.ToString() is ['D', .. var rest] ? rest : "";
                    return Results.Json(new { ok = true, messages = slack.Messages.TryGetValue(user, out var kept) ? kept.ToArray() : [] });
                case not "chat.postMessage":
                    return Results.Json(new { ok = true });
            }

            var channel = body["channel"]?.ToString() ?? "";
            var perChannel = slack._channels.GetOrAdd(channel, _ => new TokenBucket(1, 2));
            if (!perChannel.TryTake() || !slack._workspace.TryTake())
            {
                Interlocked.Increment(ref slack.Throttled);
                request.HttpContext.Response.Headers.RetryAfter = "1";
                return Results.Json(new { ok = false, error = "ratelimited" }, statusCode: 429);
            }

            slack.PostsPerChannel.AddOrUpdate(channel, 1, (_, n) => n + 1);
            slack.Messages.GetOrAdd(channel, _ => new ConcurrentQueue<JsonObject>()).Enqueue(new JsonObject { ["type"] = "message", ["metadata"] = body["metadata"]?.DeepClone() });
            slack.PostTimes.Enqueue(DateTimeOffset.UtcNow);
            return Results.Json(new { ok = true, channel = "D" + channel, ts = "1700000001.000100" });
        });
        await slack._app.StartAsync();
        slack.Url = slack._app.Urls.First();
        return slack;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private sealed class TokenBucket(double perSecond, double capacity)
    {
        private readonly Lock _lock = new();
        private readonly double _capacity = capacity;
        private double _tokens = capacity;
        private long _last = Environment.TickCount64;

        public bool TryTake()
        {
            lock (_lock)
            {
                var now = Environment.TickCount64;
                _tokens = Math.Min(_capacity, _tokens + (now - _last) / 1000.0 * perSecond);
                _last = now;
                if (_tokens < 1)
                {
                    return false;
                }

                _tokens--;
                return true;
            }
        }
    }
}

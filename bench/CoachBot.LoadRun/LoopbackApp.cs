using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CoachBot.LoadRun;

/// <summary>A small Kestrel app on a free loopback port: the bare endpoint the host is compared with, or a fake Slack Web API.</summary>
internal sealed class LoopbackApp : IAsyncDisposable
{
    private WebApplication? _app;
    private int _posts;

    public string Url { get; private set; } = "";

    public int Posts => _posts;

    /// <summary>Reads the body and answers 200 with a small JSON, like the host's acknowledgement, and nothing else.</summary>
    public static Task<LoopbackApp> StartBareAsync() => StartAsync((app, _) => app.MapPost("/bare", async (HttpRequest request) =>
    {
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body);
        return Results.Json(new { ok = true });
    }));

    /// <summary>
    /// Answers every Web API method with ok:true, as Slack does; conversations.open and users.info with what the host reads.
    /// Each post is reported to <paramref name="replies"/> by its channel.
    /// </summary>
    public static Task<LoopbackApp> StartFakeSlackAsync(ReplyClock replies) => StartAsync((app, self) => app.MapPost("/api/{method}", async (string method, HttpRequest request) =>
    {
        if (method == "chat.postMessage")
        {
            Interlocked.Increment(ref self._posts);
            var body = await request.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>();
            replies.Replied(body?["channel"]?.GetValue<string>() ?? "");
        }

        return method switch
        {
            "users.info" => Results.Json(new { ok = true, user = new { id = "U1", tz = "Europe/London", real_name = "Load" } }),
            "conversations.open" => Results.Json(new { ok = true, channel = new { id = "D1" } }),
            _ => Results.Json(new { ok = true, ts = "1700000001.000100", channel = "D1" }),
        };
    }));

    private static async Task<LoopbackApp> StartAsync(Action<WebApplication, LoopbackApp> map)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var self = new LoopbackApp { _app = builder.Build() };
        map(self._app, self);
        await self._app.StartAsync();
        self.Url = self._app.Urls.First();
        return self;
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}

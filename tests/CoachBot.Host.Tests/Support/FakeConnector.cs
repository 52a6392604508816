using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;

namespace CoachBot.Host.Tests.Support;

/// <summary>A Bot Connector on loopback that records the reply activities POSTed to it, as the Emulator does.</summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeConnector(WebApplication app) => _app = app;

    public ConcurrentQueue<(string Path, JsonObject Activity)> Received { get; } = new();

    public string ServiceUrl => _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/";

    public static async Task<FakeConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var connector = new FakeConnector(app);
        app.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", async (HttpRequest request) =>
        {
            var activity = await request.ReadFromJsonAsync<JsonObject>();
            connector.Received.Enqueue((request.Path.Value!, activity!));
            return Results.Json(new { id = Guid.NewGuid().ToString() });
        });
        await app.StartAsync();
        return connector;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}

using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using CoachBot.Host.Channels.Pipeline;
using Microsoft.Extensions.Options;

namespace CoachBot.Host.Channels.Slack;

/// <summary>
/// Socket Mode: no public URL. Opens the WebSocket from apps.connections.open, acknowledges every envelope by
/// its envelope_id on the same socket, runs the same handlers as HTTP, and reconnects (fresh URL, backoff) when
/// Slack says disconnect or the socket drops.
/// </summary>
internal sealed partial class SocketModeClient(
    SlackApiClient api,
    SlackDispatcher dispatcher,
    ConversationWorkQueue queue,
    IOptions<SlackOptions> options,
    TimeProvider time,
    ILogger<SocketModeClient> logger) : BackgroundService
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    /// <summary>How many sessions have been opened (tests watch reconnects).</summary>
    public int Sessions { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (string.IsNullOrEmpty(options.Value.AppToken))
        {
            return;
        }

        var backoff = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var url = await api.OpenSocketUrlAsync(stoppingToken);
                using var socket = new ClientWebSocket();
                await socket.ConnectAsync(url, stoppingToken);
                Sessions++;
                LogConnected(Sessions);
                backoff = TimeSpan.FromSeconds(1);
                await RunSessionAsync(socket, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                LogDropped(ex.Message, backoff.TotalSeconds);
                await Task.Delay(backoff, time, stoppingToken);
                backoff = backoff * 2 < MaxBackoff ? backoff * 2 : MaxBackoff;
            }
        }
    }

    private async Task RunSessionAsync(ClientWebSocket socket, CancellationToken ct)
    {
        while (socket.State == WebSocketState.Open && await ReceiveAsync(socket, ct) is { } message)
        {
            var type = message["type"]?.GetValue<string>();
            if (type == "disconnect")
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "reconnecting", ct);
                return;
            }

            if (message["envelope_id"]?.GetValue<string>() is not { } envelopeId || message["payload"] is not JsonObject payload)
            {
                continue; // hello, and anything else without an envelope
            }

            JsonObject? response = type switch
            {
                "slash_commands" => await dispatcher.HandleCommandAsync(
                    payload.ToDictionary(p => p.Key, p => p.Value?.ToString() ?? "", StringComparer.Ordinal), queue, ct),
                "interactive" => await dispatcher.HandleInteractionAsync(payload, queue, ct),
                _ => null,
            };
            var ack = new JsonObject { ["envelope_id"] = envelopeId };
            if (response is not null && message["accepts_response_payload"]?.GetValue<bool>() == true)
            {
                ack["payload"] = response;
            }

            await socket.SendAsync(Encoding.UTF8.GetBytes(ack.ToJsonString()), WebSocketMessageType.Text, endOfMessage: true, ct);
            if (type == "events_api")
            {
                queue.Enqueue(SlackDispatcher.OrderKey(payload), token => dispatcher.HandleEventAsync(payload, token));
            }
        }
    }

    private static async Task<JsonObject?> ReceiveAsync(ClientWebSocket socket, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[8 * 1024];
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(chunk, ct);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            buffer.Write(chunk, 0, result.Count);
        }
        while (!result.EndOfMessage);

        return SlackJson.ParseObject(Encoding.UTF8.GetString(buffer.ToArray())) ?? [];
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack Socket Mode session {Session} connected")]
    private partial void LogConnected(int session);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack Socket Mode dropped ({Reason}); reconnecting in {Seconds} s")]
    private partial void LogDropped(string reason, double seconds);
}

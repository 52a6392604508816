using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CoachBot.Host.Channels.Pipeline;
using CoachBot.Host.Http;
using CoachBot.Host.Security;
using Hangfire;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace CoachBot.Host.Channels.Slack;

/// <summary>
/// Slack's HTTP entry points. Every request is verified against the signing secret first; a bad, missing or
/// stale signature gets 401 and nothing is processed. Each answers within Slack's 3 seconds.
/// </summary>
internal static partial class SlackEndpoints
{
    private const int MaxBodyBytes = 512 * 1024;

    /// <summary>The inbound_events source for signatures already taken: a signed body replayed within the 5 minutes is refused.</summary>
    public const string SignatureSource = "slack-signature";

    public static IEndpointRouteBuilder MapSlackChannel(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/slack/events", EventsAsync);
        endpoints.MapPost("/slack/commands", CommandsAsync);
        endpoints.MapPost("/slack/interactions", InteractionsAsync);
        endpoints.ServiceProvider.GetRequiredService<IRecurringJobManager>()
            .AddOrUpdate<SlackReplayGuardCleanup>(SlackReplayGuardCleanup.Id, j => j.RunAsync(CancellationToken.None), Cron.Hourly());
        return endpoints;
    }

    private static async Task<IResult> EventsAsync(HttpRequest request, SlackDispatcher dispatcher, ConversationWorkQueue queue, IOptions<SlackOptions> options, TimeProvider time, ILoggerFactory logs, PersonRateLimiter people, CancellationToken ct)
    {
        var (body, refused) = await VerifiedBodyAsync(request, options.Value, time, logs, ct);
        if (body is null)
        {
            return refused!;
        }

        if (SlackJson.ParseObject(Encoding.UTF8.GetString(body)) is not { } envelope)
        {
            return ApiError.Create(StatusCodes.Status400BadRequest, "The body is not a JSON object.");
        }

        switch (envelope["type"]?.GetValue<string>())
        {
            case "url_verification":
                return Results.Json(new { challenge = envelope["challenge"]?.GetValue<string>() ?? "" });
            case "event_callback" when TooFast(people, envelope["event"]?["user"]) is { } wait:
                return TooManyRequests.After(request.HttpContext.Response, wait);
            case "event_callback":
                queue.Enqueue(SlackDispatcher.OrderKey(envelope), token => dispatcher.HandleEventAsync(envelope, token));
                return Results.Ok();
            default:
                return Results.Ok();
        }
    }

    private static async Task<IResult> CommandsAsync(HttpRequest request, SlackDispatcher dispatcher, ConversationWorkQueue queue, IOptions<SlackOptions> options, TimeProvider time, ILoggerFactory logs, PersonRateLimiter people, InboundDedupe seen, CancellationToken ct)
    {
        var (body, refused) = await VerifiedBodyAsync(request, options.Value, time, logs, ct);
        if (body is null)
        {
            return refused!;
        }

        if (await ReplayedAsync(request, seen, logs, ct) is { } replayed)
        {
            return replayed;
        }

        var form = Form(body);
        if (form.GetValueOrDefault("ssl_check") == "1")
        {
            return Results.Ok();
        }

        if (TooFast(people, form.GetValueOrDefault("user_id")) is { } wait)
        {
            return TooManyRequests.After(request.HttpContext.Response, wait);
        }

        return Results.Json(await dispatcher.HandleCommandAsync(form, queue, ct));
    }

    private static async Task<IResult> InteractionsAsync(HttpRequest request, SlackDispatcher dispatcher, ConversationWorkQueue queue, IOptions<SlackOptions> options, TimeProvider time, ILoggerFactory logs, PersonRateLimiter people, InboundDedupe seen, CancellationToken ct)
    {
        var (body, refused) = await VerifiedBodyAsync(request, options.Value, time, logs, ct);
        if (body is null)
        {
            return refused!;
        }

        if (await ReplayedAsync(request, seen, logs, ct) is { } replayed)
        {
            return replayed;
        }

        if (SlackJson.ParseObject(Form(body).GetValueOrDefault("payload")) is not { } payload)
        {
            return ApiError.Create(StatusCodes.Status400BadRequest, "The 'payload' field is missing or not JSON.");
        }

        if (TooFast(people, payload["user"]?["id"]) is { } wait)
        {
            return TooManyRequests.After(request.HttpContext.Response, wait);
        }

        var ack = await dispatcher.HandleInteractionAsync(payload, queue, ct);
        return ack is null ? Results.Ok() : Results.Json(ack);
    }

    private static async Task<(byte[]? Body, IResult? Refused)> VerifiedBodyAsync(HttpRequest request, SlackOptions options, TimeProvider time, ILoggerFactory logs, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(options.SigningSecret))
        {
            return (null, ApiError.Create(StatusCodes.Status404NotFound, "Slack over HTTP is not configured (Slack:SigningSecret)."));
        }

        var body = await LimitedBody.ReadAsync(request, MaxBodyBytes, ct);
        if (body is null)
        {
            return (null, LimitedBody.TooLarge(MaxBodyBytes, "A Slack request"));
        }

        var problem = SlackSignature.Check(options.SigningSecret, request.Headers["X-Slack-Request-Timestamp"], request.Headers["X-Slack-Signature"], body, time.GetUtcNow());
        if (problem is not null)
        {
            LogRefused(logs.CreateLogger(typeof(SlackEndpoints).FullName!), request.Path, problem);
            return (null, ApiError.Create(StatusCodes.Status401Unauthorized, "invalid request"));
        }

        return (body, null);
    }

    /// <summary>
    /// Slack sends a command or an interaction once (it does not retry them), so the same signature twice is a replay of a
    /// captured request. The signature covers the timestamp and the body, and is kept in the database, so every instance agrees.
    /// </summary>
    private static async Task<IResult?> ReplayedAsync(HttpRequest request, InboundDedupe seen, ILoggerFactory logs, CancellationToken ct)
    {
        if (await seen.IsFirstAsync(SignatureSource, request.Headers["X-Slack-Signature"].ToString(), ct))
        {
            return null;
        }

        LogRefused(logs.CreateLogger(typeof(SlackEndpoints).FullName!), request.Path, "replayed signature");
        return ApiError.Create(StatusCodes.Status409Conflict, "This request was already received.");
    }

    private static TimeSpan? TooFast(PersonRateLimiter people, JsonNode? user) =>
        user is JsonValue v && v.TryGetValue<string>(out var id) ? TooFast(people, id) : null;

    private static TimeSpan? TooFast(PersonRateLimiter people, string? user) =>
        string.IsNullOrEmpty(user) ? null : people.TryAcquire(SlackDispatcher.ChannelId, user);

    private static Dictionary<string, string> Form(byte[] body) =>
        QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body)).ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.Ordinal);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a Slack request to {Path}: {Problem}")]
    private static partial void LogRefused(ILogger logger, string path, string problem);
}

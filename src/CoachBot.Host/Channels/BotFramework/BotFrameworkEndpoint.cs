using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CoachBot.Host.Channels.BotFramework.Auth;
using CoachBot.Host.Http;
using CoachBot.Host.Channels.Delivery;
using CoachBot.Host.Channels.Pipeline;
using CoachBot.Host.Security;
using Microsoft.Extensions.Options;

namespace CoachBot.Host.Channels.BotFramework;

/// <summary>POST /api/messages: the Bot Framework Activity protocol (Emulator, Agents Playground, Teams).</summary>
internal static class BotFrameworkEndpoint
{
    public static async Task<IResult> HandleAsync(
        HttpRequest request,
        ActivityHandler handler,
        ConnectorClient connector,
        ReplyRedelivery redelivery,
        InboundTokenValidator tokens,
        IOptions<BotFrameworkOptions> options,
        PersonRateLimiter people,
        InboundDedupe dedupe,
        CancellationToken ct)
    {
        // A form or text/plain post is a "simple" request a web page may send cross-site without asking; JSON is not.
        if (!request.HasJsonContentType())
        {
            return ApiError.Create(StatusCodes.Status415UnsupportedMediaType, "An activity must be sent as application/json.");
        }

        var settings = options.Value;
        if (settings.IsLocalMode && !settings.AllowUnauthenticated)
        {
            return ApiError.Create(StatusCodes.Status401Unauthorized, "A valid Bot Framework token is required.");
        }

        var (activity, problem) = await ReadAsync(request, ct);
        if (activity is null)
        {
            return problem!;
        }

        var authenticated = !settings.IsLocalMode;
        if (authenticated && await tokens.ValidateAsync(request.Headers.Authorization, activity, ct) is not null)
        {
            return ApiError.Create(StatusCodes.Status401Unauthorized, "A valid Bot Framework token is required.");
        }

        var origin = authenticated ? ActivityOrigin.Vouched : ActivityOrigin.Local;
        if (people.TryAcquire(origin.ChannelOf(activity), activity.From!.Id!) is { } wait)
        {
            return TooManyRequests.After(request.HttpContext.Response, wait);
        }

        if (!await IsFirstDeliveryAsync(activity, origin, dedupe, ct))
        {
            return IsExpectReplies(activity) ? Results.Json(new { activities = Array.Empty<Activity>() }, BotFrameworkJson.Options) : Results.Ok();
        }

        var outcome = await handler.HandleAsync(activity, origin, ct);
        var rendered = outcome.Replies.Select(r => ActivityRenderer.Render(r, activity)).ToList();
        if (outcome.Invoke is null && IsExpectReplies(activity))
        {
            return Results.Json(new { activities = rendered }, BotFrameworkJson.Options);
        }

        var conversation = activity.Conversation!.Id!;
        var waiting = await redelivery.IsWaitingAsync(ConnectorRedeliveryTarget.TargetName, conversation, ct);
        rendered.ForEach(a => a.Id ??= Guid.NewGuid().ToString("N")); // the same id on every try, kept in the outbox with the activity
        for (var i = 0; i < rendered.Count; i++)
        {
            if (waiting || !await ConnectorRedeliveryTarget.TrySendAsync(connector, rendered[i], authenticated, ct))
            {
                // The answer is stored already: its replies wait for the connector (behind any already waiting) instead of being lost.
                await redelivery.LaterAsync(ConnectorRedeliveryTarget.TargetName, conversation,
                    rendered.Skip(i).Select(a => ConnectorRedeliveryTarget.Pending(a, authenticated)).ToList(), ct);
                break;
            }
        }

        return outcome.Invoke switch
        {
            null => Results.Ok(),
            { Body: null } invoke => Results.StatusCode(invoke.HttpStatus),
            var invoke => Results.Json(invoke.Body, BotFrameworkJson.Options, statusCode: invoke.HttpStatus),
        };
    }

    /// <summary>
    /// The Bot Connector sends a message again when the first try timed out; answered once, it is not answered twice. An
    /// activity id is unique within its conversation only, and conversation ids can be long: the key is their hash.
    /// </summary>
    private static async Task<bool> IsFirstDeliveryAsync(Activity activity, ActivityOrigin origin, InboundDedupe dedupe, CancellationToken ct)
    {
        if (activity.Type != ActivityTypes.Message || string.IsNullOrEmpty(activity.Id))
        {
            return true;
        }

        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{activity.Conversation!.Id}\n{activity.Id}")));
        return await dedupe.IsFirstAsync(origin.ChannelOf(activity), key, ct);
    }

    private static bool IsExpectReplies(Activity activity) =>
        string.Equals(activity.DeliveryMode, ActivityTypes.ExpectReplies, StringComparison.OrdinalIgnoreCase);

    private static async Task<(Activity? Activity, IResult? Problem)> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        var body = await LimitedBody.ReadAsync(request, BotFrameworkJson.MaxRequestBytes, ct);
        if (body is null)
        {
            return (null, LimitedBody.TooLarge(BotFrameworkJson.MaxRequestBytes, "An activity"));
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(body, BotFrameworkJson.Options);
        }
        catch (JsonException ex)
        {
            return (null, ApiError.Create(StatusCodes.Status400BadRequest, $"The body is not a valid activity: {ex.Message}"));
        }

        var missing = activity switch
        {
            null => "the body must be a JSON object",
            { Type: null or "" } => "'type' is required",
            { ChannelId: null or "" } => "'channelId' is required",
            { Conversation: null } or { Conversation.Id: null or "" } => "'conversation.id' is required",
            { From: null } or { From.Id: null or "" } => "'from.id' is required",
            _ => null,
        };
        return missing is null ? (activity, null) : (null, ApiError.Create(StatusCodes.Status400BadRequest, $"Invalid activity: {missing}."));
    }
}

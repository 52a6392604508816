using System.Text.Json;
using System.Text.RegularExpressions;
using CoachBot.Core.Coaching;
using CoachBot.Host.Http;

namespace CoachBot.Host.Channels.BotFramework;

/// <summary>POST /api/messages: the Bot Framework Activity protocol (Emulator, Agents Playground, Teams).</summary>
internal static partial class BotFrameworkEndpoint
{
    public static async Task<IResult> HandleAsync(
        HttpRequest request, CoachingService coaching, ConnectorClient connector, IConfiguration configuration, CancellationToken ct)
    {
        if (!string.IsNullOrEmpty(configuration["MicrosoftAppId"]))
        {
            // Token validation arrives with the Teams channel; until then a configured app id accepts nothing.
            return ApiError.Create(StatusCodes.Status401Unauthorized, "This bot has a Microsoft app id, so it needs a valid Bot Framework token.");
        }

        var (activity, problem) = await ReadAsync(request, ct);
        if (activity is null)
        {
            return problem!;
        }

        var replies = await RespondAsync(activity, coaching, ct);
        var rendered = replies.Select(r => ActivityRenderer.Render(r, activity)).ToList();
        if (string.Equals(activity.DeliveryMode, ActivityTypes.ExpectReplies, StringComparison.OrdinalIgnoreCase))
        {
            return Results.Json(new { activities = rendered }, BotFrameworkJson.Options);
        }

        foreach (var reply in rendered)
        {
            await connector.SendAsync(reply, ct);
        }

        return Results.Ok();
    }

    private static async Task<IReadOnlyList<BotReply>> RespondAsync(Activity activity, CoachingService coaching, CancellationToken ct)
    {
        var address = new ChatAddress(activity.ChannelId!, activity.Conversation!.Id!, activity.From!.Id!);
        return activity.Type switch
        {
            ActivityTypes.Message => await coaching.HandleAsync(
                new IncomingMessage(address, StripMentions(activity.Text), ActionOf(activity.Value), activity.From.Name), ct),
            ActivityTypes.ConversationUpdate when activity.MembersAdded?.Any(m => m.Id != activity.Recipient?.Id) == true => [coaching.Welcome()],
            _ => [],
        };
    }

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

    /// <summary>A pressed Action.Submit button arrives as a message whose value is the button's data.</summary>
    private static string? ActionOf(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.Object } v && v.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.String
            ? action.GetString()
            : null;

    private static string? StripMentions(string? text) => text is null ? null : Mention().Replace(text, "").Trim();

    [GeneratedRegex("<at>.*?</at>", RegexOptions.IgnoreCase)]
    private static partial Regex Mention();
}

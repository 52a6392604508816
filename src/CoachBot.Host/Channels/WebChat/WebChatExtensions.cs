using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using CoachBot.Core.Coaching;

namespace CoachBot.Host.Channels.WebChat;

/// <summary>The built-in web chat: the page at / and its JSON endpoint, speaking Core's reply model directly.</summary>
internal static partial class WebChatExtensions
{
    public const string ChannelId = "webchat";
    private const int MaxBodyBytes = 64 * 1024;

    public static IServiceCollection AddWebChat(this IServiceCollection services) =>
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase)));

    public static IEndpointRouteBuilder MapWebChat(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", () => Results.Content(Page.Value, "text/html; charset=utf-8"));
        endpoints.MapPost("/api/webchat/messages", HandleAsync);
        return endpoints;
    }

    private static readonly Lazy<string> Page = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("CoachBot.WebChat.index.html")!;
        return new StreamReader(stream).ReadToEnd();
    });

    private static async Task<IResult> HandleAsync(HttpRequest request, CoachingService coaching, CancellationToken ct)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return Error(StatusCodes.Status413PayloadTooLarge, $"A message is at most {MaxBodyBytes / 1024} KB.");
        }

        WebChatRequest? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<WebChatRequest>(request.Body, JsonSerializerOptions.Web, ct);
        }
        catch (JsonException ex)
        {
            return Error(StatusCodes.Status400BadRequest, $"The body is not valid JSON: {ex.Message}");
        }

        if (body?.UserId is not { } userId || !UserIdPattern().IsMatch(userId))
        {
            return Error(StatusCodes.Status400BadRequest, "'userId' is required: 1-64 letters, digits, '-' or '_'.");
        }

        var address = new ChatAddress(ChannelId, userId, userId);
        var replies = await coaching.HandleAsync(new IncomingMessage(address, body.Text, body.Action), ct);
        return Results.Json(new { replies });
    }

    private static IResult Error(int status, string message) => Results.Json(new { error = message }, statusCode: status);

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex UserIdPattern();
}

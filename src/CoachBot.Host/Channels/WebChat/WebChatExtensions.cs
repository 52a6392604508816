using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using CoachBot.Core.Coaching;
using CoachBot.Core.Texts;
using CoachBot.Host.Dashboard;
using CoachBot.Host.Http;
using CoachBot.Host.Security;
using Microsoft.Extensions.Options;

namespace CoachBot.Host.Channels.WebChat;

/// <summary>The built-in web chat: the page at / and its JSON endpoint, speaking Core's reply model directly.</summary>
internal static partial class WebChatExtensions
{
    public const string ChannelId = "webchat";
    private const int MaxBodyBytes = 64 * 1024;

    public static IServiceCollection AddWebChat(this IServiceCollection services)
    {
        services.AddOptions<WebChatOptions>().BindConfiguration(WebChatOptions.SectionName);
        return services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase)));
    }

    public static IEndpointRouteBuilder MapWebChat(this IEndpointRouteBuilder endpoints)
    {
        if (!endpoints.ServiceProvider.GetRequiredService<IOptions<WebChatOptions>>().Value.Enabled)
        {
            return endpoints;
        }

        endpoints.MapGet("/", (HttpContext http, DashboardLanguage languages) => Results.Content(PageIn(languages.For(http)), "text/html; charset=utf-8"));
        endpoints.MapPost("/api/webchat/messages", HandleAsync);
        return endpoints;
    }

    /// <summary>
    /// The page in the browser's language (Accept-Language, or the dashboard's language choice): its frame is worded from
    /// the catalogue's <c>webchat.*</c> texts; the script never changes, so its hash in the content security policy holds.
    /// </summary>
    private static string PageIn(TextCatalogue t) =>
        Placeholder().Replace(Page.Value, m => m.Groups[1].Value == "lang" ? t.Code : DashboardPage.Html.Encode(t.Text(m.Groups[1].Value)));

    [GeneratedRegex(@"\{\{([a-z.-]+)\}\}")]
    private static partial Regex Placeholder();

    /// <summary>The page as shipped, with <c>{{key}}</c> where the words go.</summary>
    internal static readonly Lazy<string> Page = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("CoachBot.WebChat.index.html")!;
        return new StreamReader(stream).ReadToEnd();
    });

    private static async Task<IResult> HandleAsync(HttpRequest request, CoachingService coaching, PersonRateLimiter people, CancellationToken ct)
    {
        // A form or text/plain post is a "simple" request another site's page may send without asking; JSON is not.
        if (!request.HasJsonContentType())
        {
            return ApiError.Create(StatusCodes.Status415UnsupportedMediaType, "A message must be sent as application/json.");
        }

        var bytes = await LimitedBody.ReadAsync(request, MaxBodyBytes, ct);
        if (bytes is null)
        {
            return LimitedBody.TooLarge(MaxBodyBytes, "A message");
        }

        WebChatRequest? body;
        try
        {
            body = JsonSerializer.Deserialize<WebChatRequest>(bytes, JsonSerializerOptions.Web);
        }
        catch (JsonException ex)
        {
            return ApiError.Create(StatusCodes.Status400BadRequest, $"The body is not valid JSON: {ex.Message}");
        }

        if (body?.UserId is not { } userId || !UserIdPattern().IsMatch(userId))
        {
            return ApiError.Create(StatusCodes.Status400BadRequest, "'userId' is required: 1-64 letters, digits, '-' or '_'.");
        }

        if (people.TryAcquire(ChannelId, userId) is { } wait)
        {
            return TooManyRequests.After(request.HttpContext.Response, wait);
        }

        var address = new ChatAddress(ChannelId, userId, userId) { IsAnonymous = true };
        var replies = await coaching.HandleAsync(new IncomingMessage(address, body.Text, body.Action) { Locale = body.Locale is { Length: <= 35 } locale ? locale : null }, ct);
        return Results.Json(new { replies });
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex UserIdPattern();
}

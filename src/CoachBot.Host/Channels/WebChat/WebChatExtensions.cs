using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using CoachBot.Core.Coaching;
using CoachBot.Core.People;
using CoachBot.Core.Scheduling;
using CoachBot.Core.Texts;
using CoachBot.Host.Dashboard;
using CoachBot.Host.Dashboard.SignIn;
using CoachBot.Host.Channels.Pipeline;
using CoachBot.Host.Http;
using CoachBot.Host.Security;
using Microsoft.Extensions.Options;

namespace CoachBot.Host.Channels.WebChat;

/// <summary>
/// The built-in web chat: the page at / and its JSON endpoints, speaking Core's reply model directly. A visitor practises
/// anonymously; someone signed in (the dashboard's sign-in) practises as themself, and finds their waiting prompt there.
/// </summary>
internal static partial class WebChatExtensions
{
    public const string ChannelId = "webchat";
    private const int MaxBodyBytes = 64 * 1024;

    public static IServiceCollection AddWebChat(this IServiceCollection services)
    {
        services.AddChatChannel(new ChatChannel(ChannelId)); // anonymous: never in the directory, so no import column
        services.AddOptions<WebChatOptions>().BindConfiguration(WebChatOptions.SectionName).ValidateOnStart();
        services.AddTransient<IMessageSender, WebMessageSender>();
        return services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase)));
    }

    public static IEndpointRouteBuilder MapWebChat(this IEndpointRouteBuilder endpoints)
    {
        if (!endpoints.ServiceProvider.GetRequiredService<IOptions<WebChatOptions>>().Value.Enabled)
        {
            return endpoints;
        }

        endpoints.MapGet("/", async (HttpContext http, DashboardLanguage languages, IPeopleDirectory directory, CancellationToken ct) =>
            Results.Content(PageIn(languages.For(http), http, await SignedInWebUser.OfAsync(http.User, directory, ct)), "text/html; charset=utf-8"));
        endpoints.MapPost("/api/webchat/messages", HandleAsync);
        endpoints.MapPost("/api/webchat/waiting", TakeWaitingPromptAsync);
        return endpoints;
    }

    /// <summary>
    /// The page in the browser's language (Accept-Language, or the dashboard's language choice): its frame is worded from
    /// the catalogue's <c>webchat.*</c> texts; the script never changes, so its hash in the content security policy holds.
    /// </summary>
    private static string PageIn(TextCatalogue t, HttpContext http, SignedInWebUser? user) =>
        Placeholder().Replace(Page.Value, m => m.Groups[1].Value switch
        {
            "lang" => t.Code,
            "signed-in" => user is null ? "" : "true",
            "account" => AccountLine(t, http, user),
            var key => DashboardPage.Html.Encode(t.Text(key)),
        });

    /// <summary>Who the page speaks for, with the way to sign in (back to this page) or out.</summary>
    private static string AccountLine(TextCatalogue t, HttpContext http, SignedInWebUser? user) => user is null
        ? $"<span>{DashboardPage.Html.Encode(t.Text("webchat.trying-out"))}</span> <a href=\"/signin?returnUrl=%2F\">{DashboardPage.Html.Encode(t.Text("webchat.sign-in"))}</a>"
        : $"<span id=\"who\">{DashboardPage.Html.Encode(t.Text("webchat.signed-in", ("name", user.Name)))}</span>"
            + $"<form method=\"post\" action=\"/signout\">{SignInPages.AntiforgeryField(http)}<button type=\"submit\">{DashboardPage.Html.Encode(t.Text("webchat.sign-out"))}</button></form>";

    [GeneratedRegex(@"\{\{([a-z.-]+)\}\}")]
    private static partial Regex Placeholder();

    /// <summary>The page as shipped, with <c>{{key}}</c> where the words go.</summary>
    internal static readonly Lazy<string> Page = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("CoachBot.WebChat.index.html")!;
        return new StreamReader(stream).ReadToEnd();
    });

    private static async Task<IResult> HandleAsync(HttpRequest request, CoachingService coaching, PersonRateLimiter people, IPeopleDirectory directory, CancellationToken ct)
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

        // Signed in, the sign-in says who is talking and the body's userId is not read at all.
        var signedIn = await SignedInWebUser.OfAsync(request.HttpContext.User, directory, ct);
        ChatAddress address;
        if (signedIn is not null)
        {
            address = signedIn.Address;
        }
        else if (body?.UserId is { } userId && UserIdPattern().IsMatch(userId))
        {
            address = new ChatAddress(ChannelId, userId, userId) { IsAnonymous = true };
        }
        else
        {
            return ApiError.Create(StatusCodes.Status400BadRequest, "'userId' is required: 1-64 letters, digits, '-' or '_'.");
        }

        if (people.TryAcquire(address.ChannelId, address.UserId) is { } wait)
        {
            return TooManyRequests.After(request.HttpContext.Response, wait);
        }

        var message = new IncomingMessage(address, body?.Text, body?.Action, signedIn?.Name) { Locale = body?.Locale is { Length: <= 35 } locale ? locale : null };
        var replies = await coaching.HandleAsync(message, ct);
        return Results.Json(new { replies });
    }

    /// <summary>The scheduled prompt waiting for the signed-in person, once: the page asks as it opens.</summary>
    private static async Task<IResult> TakeWaitingPromptAsync(
        HttpRequest request, IPeopleDirectory directory, IWaitingPromptStore waiting, CoachingService coaching, DashboardLanguage languages, CancellationToken ct)
    {
        if (!request.HasJsonContentType())
        {
            return ApiError.Create(StatusCodes.Status415UnsupportedMediaType, "The request must be sent as application/json.");
        }

        if (await SignedInWebUser.OfAsync(request.HttpContext.User, directory, ct) is not { } user)
        {
            return ApiError.Create(StatusCodes.Status401Unauthorized, languages.For(request.HttpContext).Text("dashboard.error.sign-in-first"));
        }

        if (await waiting.TakeNewestAsync(user.Address.ChannelId, user.Address.UserId, ct) is not { } prompt)
        {
            return Results.Json(new { replies = Array.Empty<BotReply>() });
        }

        var t = await coaching.LanguageOfAsync(user.Address, ct);
        return Results.Json(new { replies = new[] { new BotReply(t.Text("webchat.prompt-waiting")) { Language = t.Code }, prompt } });
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex UserIdPattern();
}

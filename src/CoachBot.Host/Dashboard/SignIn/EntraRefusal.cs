using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;

namespace CoachBot.Host.Dashboard.SignIn;

/// <summary>
/// A Microsoft sign-in that does not end in a session gets a page that says why (403 for someone CoachBot does not know,
/// 400 for a failed exchange with Microsoft), instead of the handler's exception and a 500.
/// </summary>
internal static partial class EntraRefusal
{
    private const string Key = "coachbot:entra-refusal";

    public static void Remember(HttpContext http, string refusal) => http.Items[Key] = refusal;

    public static async Task ShowAsync(RemoteFailureContext context)
    {
        var http = context.HttpContext;
        var refusal = http.Items[Key] as string;
        if (refusal is null)
        {
            LogFailed(http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(EntraRefusal).FullName!), context.Failure?.Message ?? "unknown");
        }

        context.HandleResponse();
        http.Response.StatusCode = refusal is null ? StatusCodes.Status400BadRequest : StatusCodes.Status403Forbidden;
        http.Response.ContentType = "text/html; charset=utf-8";
        var text = HtmlEncoder.Default.Encode(refusal ?? "The Microsoft sign-in did not complete. Try again from /signin.");
        await http.Response.WriteAsync($"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Sign-in refused · CoachBot</title></head><body><h1>Sign-in refused</h1><p role=\"alert\">{text}</p></body></html>");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A Microsoft sign-in failed: {Problem}")]
    private static partial void LogFailed(ILogger logger, string problem);
}

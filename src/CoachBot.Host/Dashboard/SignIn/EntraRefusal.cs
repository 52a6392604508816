using Microsoft.AspNetCore.Authentication;

namespace CoachBot.Host.Dashboard.SignIn;

/// <summary>
/// A Microsoft sign-in that does not end in a session gets a page that says why (403 for someone CoachBot does not know,
/// 400 for a failed exchange with Microsoft), instead of the handler's exception and a 500.
/// </summary>
internal static partial class EntraRefusal
{
    private const string Key = "coachbot:entra-refusal";

    /// <param name="refusal">The key of the text that says why.</param>
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
        var t = http.RequestServices.GetRequiredService<DashboardLanguage>().For(http);
        var title = DashboardPage.Html.Encode(t.Text("dashboard.signin.entra.refused"));
        var text = DashboardPage.Html.Encode(t.Text(refusal ?? "dashboard.signin.entra.failed"));
        await http.Response.WriteAsync($"<!doctype html><html lang=\"{t.Code}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{title} · CoachBot</title></head><body><h1>{title}</h1><p role=\"alert\">{text}</p></body></html>");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A Microsoft sign-in failed: {Problem}")]
    private static partial void LogFailed(ILogger logger, string problem);
}

using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;

namespace CoachBot.Host.Dashboard.SignIn;

/// <summary>The sign-in forms' posts: small, and carrying the antiforgery token of a page this host served.</summary>
internal static class SignInForms
{
    public const int MaxBytes = 16 * 1024;

    private static readonly FormOptions Limits = new()
    {
        BufferBodyLengthLimit = MaxBytes,
        MultipartBodyLengthLimit = MaxBytes,
        ValueLengthLimit = MaxBytes,
        KeyLengthLimit = 256,
        ValueCountLimit = 16,
    };

    /// <summary>Reads the form (later reads get it from the request); null when it may go on, else the answer: 413, 400.</summary>
    public static async Task<IResult?> ReadAsync(HttpContext http, CancellationToken ct)
    {
        if (http.Request.ContentLength > MaxBytes)
        {
            return TooLarge(http);
        }

        try
        {
            await http.Request.ReadFormAsync(Limits, ct);
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException)
        {
            return TooLarge(http);
        }

        try
        {
            await http.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(http);
            return null;
        }
        catch (AntiforgeryValidationException)
        {
            return Results.Content(SignInPages.Texts(http).Text("dashboard.form.expired"), "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        }
    }

    /// <summary>
    /// Url.IsLocalUrl's rules: a path that starts with one '/' (not "//" or "/\", which browsers read as another host),
    /// and no control characters (browsers drop a tab or a newline, so "/\t/host" would become "//host").
    /// </summary>
    public static string LocalPathOrDashboard(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) && !url.Any(char.IsControl) ? url : "/dashboard";

    private static IResult TooLarge(HttpContext http) =>
        Results.Content(SignInPages.Texts(http).Text("dashboard.form.too-large", ("kb", MaxBytes / 1024)), "text/plain; charset=utf-8", statusCode: StatusCodes.Status413PayloadTooLarge);
}

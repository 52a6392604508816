using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Antiforgery;

namespace CoachBot.Host.Dashboard.SignIn;

/// <summary>The two small forms of the local sign-in, server-rendered.</summary>
internal static class SignInPages
{
    public static IResult SignIn(HttpContext http, string? returnUrl, string? error = null, int status = 200) => Page("Sign in", status, error, $"""
        <form method="post" action="/signin">
          {AntiforgeryField(http)}
          <input type="hidden" name="returnUrl" value="{Encode(returnUrl ?? "/dashboard")}">
          <label>Sign-in name <input name="login" autocomplete="username" required autofocus></label>
          <label>Password <input name="password" type="password" autocomplete="current-password" required></label>
          <button type="submit">Sign in</button>
        </form>
        <p class="hint">First start? The host printed a one-time password for "admin". HR and managers get theirs from an admin (coachbot set-password PERSON-ID).</p>
        """);

    public static IResult ChangePassword(HttpContext http, string? error = null, int status = 200) => Page("Choose your password", status, error, $"""
        <form method="post" action="/account/password">
          {AntiforgeryField(http)}
          <label>Current or one-time password <input name="current" type="password" autocomplete="current-password" required autofocus></label>
          <label>New password (at least 12 characters) <input name="password" type="password" autocomplete="new-password" required minlength="12"></label>
          <label>New password again <input name="confirm" type="password" autocomplete="new-password" required minlength="12"></label>
          <button type="submit">Save and continue</button>
        </form>
        """);

    private static IResult Page(string title, int status, string? error, string body) => Results.Content($$"""
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{title}} · CoachBot</title>
        <style>
          body { font-family: system-ui, sans-serif; max-width: 26rem; margin: 4rem auto; padding: 0 1rem; color: #1b1f24; }
          label { display: block; margin: .8rem 0; } input { display: block; width: 100%; padding: .5rem; margin-top: .25rem; box-sizing: border-box; }
          button { padding: .55rem 1.2rem; background: #2455a4; color: #fff; border: 0; border-radius: 4px; cursor: pointer; }
          .error { color: #a11; background: #fdecec; padding: .6rem; border-radius: 4px; } .hint { color: #555; font-size: .9rem; }
        </style></head>
        <body><h1>{{title}}</h1>{{(error is null ? "" : $"<p class=\"error\" role=\"alert\">{Encode(error)}</p>")}}{{body}}</body></html>
        """, "text/html; charset=utf-8", statusCode: status);

    /// <summary>The hidden field that proves a post came from a page of this host (its cookie half is set with it).</summary>
    public static string AntiforgeryField(HttpContext http)
    {
        var tokens = http.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http);
        return $"<input type=\"hidden\" name=\"{Encode(tokens.FormFieldName)}\" value=\"{Encode(tokens.RequestToken!)}\">";
    }

    private static string Encode(string text) => HtmlEncoder.Default.Encode(text);
}

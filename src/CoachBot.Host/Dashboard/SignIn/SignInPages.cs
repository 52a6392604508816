using System.Text.Encodings.Web;
using CoachBot.Core.People;
using CoachBot.Core.Texts;
using Microsoft.AspNetCore.Antiforgery;

namespace CoachBot.Host.Dashboard.SignIn;

/// <summary>The two small forms of the local sign-in, server-rendered in the dashboard's language.</summary>
internal static class SignInPages
{
    /// <summary>The language of the sign-in pages and their answers: the dashboard's (a choice on the page is remembered).</summary>
    public static TextCatalogue Texts(HttpContext http) => http.RequestServices.GetRequiredService<DashboardLanguage>().For(http, remember: true);

    public static IResult SignIn(HttpContext http, string? returnUrl, string? error = null, int status = 200)
    {
        var t = Texts(http);
        return Page(http, t, "/signin", t.Text("dashboard.signin.title"), status, error, $"""
            <form method="post" action="/signin">
              {AntiforgeryField(http)}
              <input type="hidden" name="returnUrl" value="{Encode(returnUrl ?? "/dashboard")}">
              <label>{Encode(t.Text("dashboard.signin.login"))} <input name="login" autocomplete="username" required autofocus></label>
              <label>{Encode(t.Text("dashboard.signin.password"))} <input name="password" type="password" autocomplete="current-password" required></label>
              <button type="submit">{Encode(t.Text("dashboard.signin.submit"))}</button>
            </form>
            <p class="hint">{Encode(t.Text("dashboard.signin.hint"))}</p>
            """);
    }

    public static IResult ChangePassword(HttpContext http, string? error = null, int status = 200)
    {
        var t = Texts(http);
        return Page(http, t, "/account/password", t.Text("dashboard.password.title"), status, error, $"""
            <form method="post" action="/account/password">
              {AntiforgeryField(http)}
              <label>{Encode(t.Text("dashboard.password.current"))} <input name="current" type="password" autocomplete="current-password" required autofocus></label>
              <label>{Encode(t.Text("dashboard.password.new", ("min", PasswordHash.MinLength)))} <input name="password" type="password" autocomplete="new-password" required minlength="{PasswordHash.MinLength}"></label>
              <label>{Encode(t.Text("dashboard.password.again"))} <input name="confirm" type="password" autocomplete="new-password" required minlength="{PasswordHash.MinLength}"></label>
              <button type="submit">{Encode(t.Text("dashboard.password.submit"))}</button>
            </form>
            """);
    }

    private static IResult Page(HttpContext http, TextCatalogue t, string path, string title, int status, string? error, string body) => Results.Content($$"""
        <!doctype html>
        <html lang="{{t.Code}}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{Encode(title)}} · CoachBot</title>
        <style>
          body { font-family: system-ui, sans-serif; max-width: 26rem; margin: 4rem auto; padding: 0 1rem; color: #1b1f24; }
          label { display: block; margin: .8rem 0; } input { display: block; width: 100%; padding: .5rem; margin-top: .25rem; box-sizing: border-box; }
          button { padding: .55rem 1.2rem; background: #2455a4; color: #fff; border: 0; border-radius: 4px; cursor: pointer; }
          .error { color: #a11; background: #fdecec; padding: .6rem; border-radius: 4px; } .hint { color: #555; font-size: .9rem; }
          nav.langs { text-align: right; font-size: .9rem; } nav.langs a { color: #2455a4; margin-left: .6rem; } nav.langs a[aria-current] { color: #1b1f24; font-weight: 600; text-decoration: none; }
        </style></head>
        <body><nav class="langs" aria-label="{{Encode(t.Text("dashboard.language"))}}">{{DashboardPage.LanguageSwitch(t, http.RequestServices.GetRequiredService<DashboardLanguage>().Catalogues, path)}}</nav>
        <h1>{{Encode(title)}}</h1>{{(error is null ? "" : $"<p class=\"error\" role=\"alert\">{Encode(error)}</p>")}}{{body}}</body></html>
        """, "text/html; charset=utf-8", statusCode: status);

    /// <summary>The hidden field that proves a post came from a page of this host (its cookie half is set with it).</summary>
    public static string AntiforgeryField(HttpContext http)
    {
        var tokens = http.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http);
        return $"<input type=\"hidden\" name=\"{Encode(tokens.FormFieldName)}\" value=\"{Encode(tokens.RequestToken!)}\">";
    }

    private static string Encode(string text) => DashboardPage.Html.Encode(text);
}

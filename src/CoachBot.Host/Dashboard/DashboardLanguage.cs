using CoachBot.Core.Coaching;
using CoachBot.Core.Content;
using CoachBot.Core.Texts;

namespace CoachBot.Host.Dashboard;

/// <summary>
/// The language of the dashboard, its sign-in pages, its errors and exports, in order: a choice made on the page
/// (<c>?lang=ru</c>, remembered in a cookie), the browser's Accept-Language, then <c>Coaching:DefaultLanguage</c>.
/// </summary>
internal sealed class DashboardLanguage(ContentPack content, CoachingOptions options)
{
    public const string Query = "lang";
    public const string Cookie = "coachbot.lang";

    public TextCatalogues Catalogues => content.Texts;

    /// <summary>The request's language; with <paramref name="remember"/>, a choice in the query is kept in the cookie.</summary>
    public TextCatalogue For(HttpContext http, bool remember = false)
    {
        var catalogues = content.Texts;
        if (catalogues.CodeOf(http.Request.Query[Query].ToString()) is { } chosen)
        {
            if (remember)
            {
                http.Response.Cookies.Append(Cookie, chosen, new CookieOptions
                {
                    HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = http.Request.IsHttps, MaxAge = TimeSpan.FromDays(365), IsEssential = true,
                });
            }

            return catalogues.For(chosen);
        }

        if (catalogues.CodeOf(http.Request.Cookies[Cookie]) is { } remembered)
        {
            return catalogues.For(remembered);
        }

        var accepted = http.Request.GetTypedHeaders().AcceptLanguage
            .Where(l => l.Quality is not 0)
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => catalogues.CodeOf(l.Value.Value))
            .FirstOrDefault(code => code is not null);
        return catalogues.For(accepted ?? catalogues.CodeOf(options.DefaultLanguage));
    }

    /// <summary>A standard's name in the language (its translation, else the pack's own).</summary>
    public string StandardName(string? id, TextCatalogue language) =>
        id is null ? "" : content.FindStandard(id)?.In(language.Code).Name ?? id;
}

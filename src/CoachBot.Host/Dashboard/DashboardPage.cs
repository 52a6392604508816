using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using CoachBot.Core.Texts;

namespace CoachBot.Host.Dashboard;

/// <summary>
/// dashboard.html in one language: <c>{{dashboard.key}}</c> is that text, <c>{{texts}}</c> every dashboard text for its script,
/// <c>{{languages}}</c> the language switch, <c>{{lang}}</c> the language's code.
/// </summary>
internal static partial class DashboardPage
{
    public const string TextPrefix = "dashboard.";

    /// <summary>Encodes markup characters but leaves Cyrillic as it is, so the page reads as written.</summary>
    public static readonly HtmlEncoder Html = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    public static readonly Lazy<string> Template = Resource("CoachBot.Dashboard.dashboard.html");

    public static string Render(TextCatalogue t, TextCatalogues all, string antiforgeryField) => Fill(Template.Value, TextPrefix, "/dashboard", t, all, antiforgeryField);

    /// <summary>A page of the host's own resources, read once.</summary>
    public static Lazy<string> Resource(string name) => new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)!;
        return new StreamReader(stream).ReadToEnd();
    });

    /// <summary>Fills a page's template in one language: its texts (those under <paramref name="prefix"/>) for its script, the language switch back to <paramref name="path"/>.</summary>
    public static string Fill(string template, string prefix, string path, TextCatalogue t, TextCatalogues all, string antiforgeryField)
    {
        var texts = t.Texts.Where(kv => kv.Key.StartsWith(prefix, StringComparison.Ordinal)).ToDictionary();
        // Inside <script type="application/json">: "<" is escaped, so no text can close the element.
        var json = JsonSerializer.Serialize(texts, new JsonSerializerOptions { Encoder = JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) });
        return Token().Replace(template, m => m.Groups[1].Value switch
        {
            "lang" => t.Code,
            "texts" => json,
            "antiforgery" => antiforgeryField,
            "languages" => LanguageSwitch(t, all, path),
            var key => Html.Encode(t.Text(key)),
        });
    }

    /// <summary>Every key the page uses in its markup and script, for the test that each is in the catalogue.</summary>
    public static IEnumerable<string> KeysUsed() =>
        Token().Matches(Template.Value).Select(m => m.Groups[1].Value).Where(k => k.StartsWith(TextPrefix, StringComparison.Ordinal))
            .Concat(ScriptKey().Matches(Template.Value).Select(m => m.Groups[1].Value))
            .Distinct(StringComparer.Ordinal);

    /// <summary>Links to the page in each language, each named in itself; the current one is marked.</summary>
    public static string LanguageSwitch(TextCatalogue current, TextCatalogues all, string path = "/dashboard") => string.Join("", all.All.Select(c =>
        $"<a href=\"{path}?{DashboardLanguage.Query}={c.Code}\" hreflang=\"{c.Code}\" lang=\"{c.Code}\"{(c.Code == current.Code ? " aria-current=\"true\"" : "")}>{Html.Encode(c.Name)}</a>"));

    [GeneratedRegex(@"\{\{([a-z][a-z0-9.-]*)\}\}")]
    private static partial Regex Token();

    [GeneratedRegex("""["'](dashboard\.[a-z0-9.-]*[a-z0-9])["']""")]
    private static partial Regex ScriptKey();
}

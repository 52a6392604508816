using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using CoachBot.Core.Texts;
using CoachBot.Host.Dashboard;

namespace CoachBot.Host.Authoring;

/// <summary>authoring.html in one language, filled in as the dashboard's page is (<see cref="DashboardPage"/>).</summary>
internal static partial class AuthoringPage
{
    public const string Path = "/dashboard/scenarios";
    public const string TextPrefix = "authoring.";

    public static readonly Lazy<string> Template = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("CoachBot.Authoring.authoring.html")!;
        return new StreamReader(stream).ReadToEnd();
    });

    public static string Render(TextCatalogue t, TextCatalogues all, string antiforgeryField)
    {
        var texts = t.Texts.Where(kv => kv.Key.StartsWith(TextPrefix, StringComparison.Ordinal)).ToDictionary();
        var json = JsonSerializer.Serialize(texts, new JsonSerializerOptions { Encoder = JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) });
        return Token().Replace(Template.Value, m => m.Groups[1].Value switch
        {
            "lang" => t.Code,
            "texts" => json,
            "antiforgery" => antiforgeryField,
            "languages" => DashboardPage.LanguageSwitch(t, all, Path),
            var key => DashboardPage.Html.Encode(t.Text(key)),
        });
    }

    /// <summary>Every key the page uses in its markup and script, for the test that each is in every catalogue.</summary>
    public static IEnumerable<string> KeysUsed() =>
        Token().Matches(Template.Value).Select(m => m.Groups[1].Value).Where(k => k.Contains('.', StringComparison.Ordinal))
            .Concat(ScriptKey().Matches(Template.Value).Select(m => m.Groups[1].Value))
            .Distinct(StringComparer.Ordinal);

    [GeneratedRegex(@"\{\{([a-z][a-z0-9.-]*)\}\}")]
    private static partial Regex Token();

    [GeneratedRegex("""["'](authoring\.[a-z0-9.-]*[a-z0-9])["']""")]
    private static partial Regex ScriptKey();
}

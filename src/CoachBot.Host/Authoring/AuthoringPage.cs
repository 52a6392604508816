using System.Text.RegularExpressions;
using CoachBot.Core.Texts;
using CoachBot.Host.Dashboard;

namespace CoachBot.Host.Authoring;

/// <summary>authoring.html in one language, filled in as the dashboard's page is (<see cref="DashboardPage"/>).</summary>
internal static partial class AuthoringPage
{
    public const string Path = "/dashboard/scenarios";
    public const string TextPrefix = "authoring.";

    public static readonly Lazy<string> Template = DashboardPage.Resource("CoachBot.Authoring.authoring.html");

    public static string Render(TextCatalogue t, TextCatalogues all, string antiforgeryField) => DashboardPage.Fill(Template.Value, TextPrefix, Path, t, all, antiforgeryField);

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

using CoachBot.Core.Content;
using CoachBot.Host.Authoring;
using CoachBot.Host.Tests.Reports;

namespace CoachBot.Host.Tests.Authoring;

/// <summary>The scenarios page speaks every language the dashboard does.</summary>
public sealed class AuthoringPageTests
{
    [Fact]
    public void EveryTextThePageUses_IsInTheCatalogue_OfEveryLanguage()
    {
        var texts = ContentLoader.Load(Path.Combine(AppContext.BaseDirectory, "prompts")).Texts;
        var used = AuthoringPage.KeysUsed().ToList();

        Assert.Contains("authoring.preview.score", used);
        Assert.Contains("authoring.status.retired", used);
        Assert.All(texts.All, catalogue => Assert.All(used, key => Assert.True(catalogue.Texts.ContainsKey(key), $"{key} is used by authoring.html but not in {catalogue.Code}")));
    }

    [Fact]
    public async Task Page_IsInTheChosenLanguage_AndLinkedFromTheDashboard()
    {
        await using var host = await ReportTestHost.StartAsync();
        var hana = await host.SignInAsync("p-hana-7");

        var mongolian = await hana.GetStringAsync("/dashboard/scenarios?lang=mn");
        Assert.Contains("<html lang=\"mn\">", mongolian);
        Assert.Contains("Шинэ хувилбар", mongolian);
        Assert.Contains("href=\"/dashboard/scenarios\"", await hana.GetStringAsync("/dashboard"));
    }
}

using System.Net;
using CoachBot.Core.Content;
using CoachBot.Host.Dashboard;
using CoachBot.Host.Tests.Support;
using SkiaSharp;

namespace CoachBot.Host.Tests.Reports;

public sealed class ChartLanguageTests
{
    [Fact]
    public async Task ChartForARussianSpeaker_IsDrawnInRussian_WithTheShippedFontThatHasEveryLetter()
    {
        await using var host = await ReportTestHost.StartAsync();
        await host.AnswerAsync("29:ana-7", ReportTestHost.GoodAnswer);
        host.Clock.Advance(TimeSpan.FromDays(8));
        await host.AnswerAsync("29:ben-7", ReportTestHost.WeakAnswer);
        await host.ChatAsync("29:mia-7", "language ru");

        var reply = (await host.TeamsClient().SendAsync(ReportTestHost.Teams("team", "29:mia-7"))).Single()!;
        var url = new Uri(reply["attachments"]![0]!["content"]!["body"]!.AsArray().Single(e => e!["type"]!.GetValue<string>() == "Image")!["url"]!.GetValue<string>());
        var client = host.Factory.CreateClient();
        var russian = await client.GetAsync(url.PathAndQuery);
        var russianBytes = await russian.Content.ReadAsByteArrayAsync();
        var englishBytes = await client.GetByteArrayAsync(url.PathAndQuery + "?lang=en");
        Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts"));
        await File.WriteAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "artifacts", "team-chart-ru.png"), russianBytes);

        Assert.Equal(HttpStatusCode.OK, russian.StatusCode);
        using var image = SKBitmap.Decode(russianBytes);
        Assert.Equal((ProgressChart.Width, ProgressChart.Height), (image.Width, image.Height));
        Assert.True(image.Pixels.Distinct().Count() > 10, "the chart is blank");
        Assert.NotEqual(englishBytes, russianBytes); // worded differently

        // Every letter drawn (Russian, and Mongolian's ө and ү) is in the font shipped beside the app, so nothing is drawn as a box.
        var texts = ContentLoader.Load(Path.Combine(AppContext.BaseDirectory, "prompts")).Texts;
        using var font = SKTypeface.FromFile(ProgressChart.FontFile());
        Assert.Equal(ProgressChart.FontName, font.FamilyName);
        Assert.Equal(ProgressChart.FontName, ScottPlot.Fonts.GetTypeface(ProgressChart.FontName, bold: false, italic: false).FamilyName);
        var sample = new CoachBot.Core.Reports.ProgressReport(default, default, "Моя команда", [.. host.Factory.Services.GetRequiredService<ContentPack>().FrontlineStandards
            .SelectMany(s => new[] { s.In("ru").Name, s.In("mn").Name }).Select(n => new CoachBot.Core.Reports.StandardInfo("x", n))], null!, [], [], []);
        foreach (var text in ProgressChart.Texts(sample, texts.For("ru")).Concat(ProgressChart.Texts(sample, texts.For("mn"))))
        {
            Assert.True(font.ContainsGlyphs(text), $"the shipped font lacks a letter of \"{text}\"");
        }
    }
}

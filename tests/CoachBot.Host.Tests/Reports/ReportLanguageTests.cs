using CoachBot.Core.Content;
using CoachBot.Host.Tests.Support;

namespace CoachBot.Host.Tests.Reports;

/// <summary>"team", "report" and "my data", typed in Russian or Mongolian in Teams, answered wholly in that language.</summary>
public sealed class ReportLanguageTests
{
    private static readonly ContentPack Content = ContentLoader.Load(Path.Combine(AppContext.BaseDirectory, "prompts"));

    [Fact]
    public async Task TeamReportAndMyData_InRussian_WithRussianPluralsNumbersAndDates()
    {
        await using var host = await SeededAsync();

        var team = await SayAsync(host, "29:mia-7", "команда", "ru-RU");
        var report = await SayAsync(host, "29:hana-7", "отчёт", "ru-RU");
        var myData = await SayAsync(host, "29:ana-7", "мои данные", "ru-RU");
        var employee = await SayAsync(host, "29:ana-7", "команда", "ru-RU");

        Assert.StartsWith("Моя команда, ", team, StringComparison.Ordinal);
        Assert.Contains($"ноября: всего 3 человека, тренировались 2 (67 %); 3 ответа.", team, StringComparison.Ordinal);
        Assert.Contains($"• {Content.FindStandard("listen-first")!.In("ru").Name}: ", team, StringComparison.Ordinal);
        Assert.Matches(@"\d,\d из 3", team);
        Assert.Contains("На этой неделе не тренировались: Ben Brown.", team, StringComparison.Ordinal);
        Assert.Contains("всего 6 человек, тренировались 3 (50", report, StringComparison.Ordinal);
        Assert.Contains("4 ответа.", report, StringComparison.Ordinal);
        Assert.Contains($"• Kitchen: 50 % из 2 человек, слабее всего — ", report, StringComparison.Ordinal);
        Assert.Contains($"• People team: 0 % из 1 человека, слабее всего — пока нет", report, StringComparison.Ordinal);
        Assert.StartsWith("Выгрузка ваших данных готова: http", myData, StringComparison.Ordinal);
        Assert.Contains("Ссылка действует 15 минут;", myData, StringComparison.Ordinal);
        Assert.Equal("Отчёты по командам доступны руководителям и HR. Чтобы посмотреть свой прогресс, напишите «прогресс».", employee);
        Assert.All([team, report, myData], text => Assert.DoesNotMatch("[A-Za-z]{3,} (of|people|answers|practised|weakest|minutes)", text));
    }

    [Fact]
    public async Task TeamReportAndMyData_InMongolian()
    {
        await using var host = await SeededAsync();

        var team = await SayAsync(host, "29:mia-7", "баг", "mn-MN");
        var report = await SayAsync(host, "29:hana-7", "тайлан", "mn-MN");
        var myData = await SayAsync(host, "29:ana-7", "миний мэдээлэл", "mn-MN");
        var otherTeam = await SayAsync(host, "29:mia-7", "баг Kitchen", "mn-MN");
        var notHr = await SayAsync(host, "29:mia-7", "тайлан", "mn-MN");

        Assert.StartsWith("Миний баг, ", team, StringComparison.Ordinal);
        Assert.Contains("нийт 3 хүн, үүнээс 2 нь дасгал хийсэн (67", team, StringComparison.Ordinal);
        Assert.Contains("3 хариулт.", team, StringComparison.Ordinal);
        Assert.Contains("11-р сарын", team, StringComparison.Ordinal);
        Assert.Contains($"• {Content.FindStandard("listen-first")!.In("mn").Name}: ", team, StringComparison.Ordinal);
        Assert.Contains("Энэ долоо хоногт дасгал хийгээгүй: Ben Brown.", team, StringComparison.Ordinal);
        Assert.Contains("нийт 6 хүн, үүнээс 3 нь дасгал хийсэн", report, StringComparison.Ordinal);
        Assert.Contains("• Kitchen: 2 хүнээс 50", report, StringComparison.Ordinal);
        Assert.StartsWith("Таны мэдээллийн файл бэлэн боллоо: http", myData, StringComparison.Ordinal);
        Assert.Contains("Холбоос 15 минут хүчинтэй", myData, StringComparison.Ordinal);
        Assert.Equal("Та зөвхөн өөрийн харьяа хүмүүс ажилладаг багийг харах боломжтой; \"Kitchen\" багт таны харьяа хүн алга.", otherTeam);
        Assert.StartsWith("Байгууллагын тайланг зөвхөн хүний нөөц харна.", notHr, StringComparison.Ordinal);
    }

    /// <summary>Ana answers well (Monday) and weakly (Tuesday), Mia and Cara answer once; Ben, Kai and Hana never.</summary>
    private static async Task<ReportTestHost> SeededAsync()
    {
        var host = await ReportTestHost.StartAsync();
        await host.AnswerAsync("29:ana-7", ReportTestHost.GoodAnswer);
        await host.AnswerAsync("29:mia-7", ReportTestHost.GoodAnswer);
        host.Clock.Advance(TimeSpan.FromDays(1));
        await host.AnswerAsync("29:ana-7", ReportTestHost.WeakAnswer);
        host.Clock.Advance(TimeSpan.FromDays(1));
        await host.AnswerAsync("29:cara-7", ReportTestHost.WeakAnswer, "restaurant");
        return host;
    }

    private static async Task<string> SayAsync(ReportTestHost host, string user, string text, string locale)
    {
        var activity = ReportTestHost.Teams(text, user);
        activity["locale"] = locale;
        var replies = await host.TeamsClient().SendAsync(activity);
        // The culture's space before "%" may be a no-break one, depending on the ICU version.
        return string.Join("\n", replies.Select(Activities.TextOf)).Replace('\u00A0', ' ').Replace('\u202F', ' ');
    }
}

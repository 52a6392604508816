using CoachBot.Core.Scheduling;
using CoachBot.Host.Tests.Reports;
using CoachBot.Host.Tests.Support;

namespace CoachBot.Host.Tests.Scheduling;

/// <summary>
/// A manager writes the schedule in Russian or Mongolian, in Teams (a registered bot), and it is understood as the English
/// grammar is; the confirmation and any error come back in their language. Mia manages Ana and Ben.
/// </summary>
public sealed class ScheduleLanguageTests
{
    [Theory]
    [InlineData("ru-RU", "расписание по будням в 09:00 для моей команды", "Расписание", "по будням в 09:00", "для 2 человек")]
    [InlineData("mn-MN", "хуваарь ажлын өдрүүдэд 09:00-д миний багт", "хуваарийг товлолоо", "ажлын өдөр бүр 09:00 цагт", "2 хүнд")]
    public async Task AScheduleInTheManagersLanguage_IsUnderstood_AndConfirmedInIt(string locale, string text, string created, string rule, string people)
    {
        await using var host = await ReportTestHost.StartAsync();

        var reply = await SayAsync(host, text, locale);

        Assert.Contains(created, reply, StringComparison.Ordinal);
        Assert.Contains(rule, reply, StringComparison.Ordinal);
        Assert.Contains(people, reply, StringComparison.Ordinal);
        var schedule = Assert.Single(await Schedules(host));
        Assert.True(schedule.Rule.Days.SetEquals(WeeklyRule.Weekdays));
        Assert.Equal(new TimeOnly(9, 0), schedule.Rule.At);
        Assert.Equal(["29:ana-7", "29:ben-7"], schedule.Recipients.Select(r => r.UserId).Order());
        Assert.Equal(NudgeContentKind.AnyScenario, schedule.Content.Kind);
    }

    [Theory]
    [InlineData("ru-RU", "расписание каждый день в 8:30 для @29:ana-7 #зал тема банк", "зал", "тема: банк")]
    [InlineData("mn-MN", "хуваарь өдөр бүр 8:30 цагт @29:ana-7 #заал сэдэв банк", "заал", "сэдэв: банк")]
    public async Task EveryDayForAPersonAndAChannel_OnATopic_IsUnderstood(string locale, string text, string channel, string topic)
    {
        await using var host = await ReportTestHost.StartAsync();

        // A manager may prompt a Teams channel only from that channel's own conversation.
        var reply = await SayAsync(host, text, locale, fromConversation: channel);

        Assert.Contains(topic, reply, StringComparison.Ordinal);
        var schedule = Assert.Single(await Schedules(host));
        Assert.Equal(7, schedule.Rule.Days.Count);
        Assert.Equal(new TimeOnly(8, 30), schedule.Rule.At);
        Assert.Equal(["29:ana-7", channel], schedule.Recipients.Select(r => r.UserId).Order(StringComparer.Ordinal));
        Assert.Equal(new NudgeContent(NudgeContentKind.Topic, "bank"), schedule.Content);
    }

    [Theory]
    [InlineData("ru-RU", "расписание по субботникам в 09:00", "«по субботникам» — это не дни недели", "«расписание по будням в 09:00»")]
    [InlineData("ru-RU", "расписание по будням в 25:00", "«25:00» — это не время", "«расписание по будням в 09:00»")]
    [InlineData("mn-MN", "хуваарь хааяа 09:00-д", "\"хааяа\" гэдэг нь гарагууд биш байна", "\"хуваарь ажлын өдрүүдэд 09:00-д\"")]
    [InlineData("mn-MN", "хуваарь өдөр бүр 09:00-д сэдэв", "Хуваарийг ойлгосонгүй", "\"хуваарь ажлын өдрүүдэд 09:00-д\"")]
    public async Task ABadSchedule_GetsAClearErrorWithAnExampleInTheManagersLanguage_AndStoresNothing(string locale, string text, string error, string example)
    {
        await using var host = await ReportTestHost.StartAsync();

        var reply = await SayAsync(host, text, locale);

        Assert.Contains(error, reply, StringComparison.Ordinal);
        Assert.Contains(example, reply, StringComparison.Ordinal);
        Assert.DoesNotContain("schedule", reply, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(await Schedules(host));
    }

    [Fact]
    public async Task ListPauseResumeAndDelete_WorkInRussianWords()
    {
        await using var host = await ReportTestHost.StartAsync();
        await SayAsync(host, "расписание пн, ср и пт в 07:45", "ru-RU");
        var schedule = Assert.Single(await Schedules(host));
        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday], schedule.Rule.Days.Order());
        var id = schedule.Id.ToString("N")[..6];

        Assert.StartsWith("Ваши расписания:", await SayAsync(host, "расписания", "ru-RU"), StringComparison.Ordinal);
        Assert.Contains("на паузе", await SayAsync(host, $"пауза {id}", "ru-RU"), StringComparison.Ordinal);
        Assert.True(Assert.Single(await Schedules(host)).Paused);
        Assert.Contains("возобновлено", await SayAsync(host, $"возобновить {id}", "ru-RU"), StringComparison.Ordinal);
        Assert.Contains("удалено", await SayAsync(host, $"удалить {id}", "ru-RU"), StringComparison.Ordinal);
        Assert.Empty(await Schedules(host));
    }

    private static Task<IReadOnlyList<NudgeSchedule>> Schedules(ReportTestHost host) =>
        host.Factory.Services.GetRequiredService<INudgeStore>().ListByOwnerAsync("msteams", "29:mia-7", CancellationToken.None);

    private static async Task<string> SayAsync(ReportTestHost host, string text, string locale, string? fromConversation = null)
    {
        var activity = ReportTestHost.Teams(text, "29:mia-7");
        activity["locale"] = locale;
        if (fromConversation is not null)
        {
            activity["conversation"]!["id"] = fromConversation;
        }

        var replies = await host.TeamsClient().SendAsync(activity);
        return string.Join("\n", replies.Select(Activities.TextOf));
    }
}

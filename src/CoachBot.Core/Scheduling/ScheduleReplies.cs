using CoachBot.Core.Coaching;
using CoachBot.Core.Texts;

namespace CoachBot.Core.Scheduling;

/// <summary>The scheduling commands' answers, from the <c>schedule.*</c> texts of the person's catalogue.</summary>
internal sealed class ScheduleReplies(TimeProvider time)
{
    public static BotReply Say(TextCatalogue t, string key, params (string Name, object? Value)[] values) => new(t.Text(key, values));

    public BotReply Created(TextCatalogue t, NudgeSchedule schedule) =>
        new(t.Text("schedule.created", ("id", Short(schedule.Id)), ("rule", schedule.Rule.Describe(t)), ("content", schedule.Content.Describe(t)),
            ("people", t.Count("schedule.people", schedule.Recipients.Count)), ("next", NextPrompts(t, schedule))).TrimEnd());

    public static BotReply CouldNotRead(TextCatalogue t, ScheduleParseError error) =>
        Say(t, error.Key, [.. error.Values, ("example", t.Text("schedule.example")), ("usage", t.Text("schedule.usage"))]);

    public static BotReply NoneYet(TextCatalogue t) => Say(t, "schedule.none", ("usage", t.Text("schedule.usage")));

    /// <summary>The owner's schedules, each with the people its prompts could not reach.</summary>
    public static BotReply List(TextCatalogue t, IEnumerable<(NudgeSchedule Schedule, IReadOnlyList<string> Unreachable)> schedules)
    {
        var lines = new List<string> { t.Text("schedule.list-heading") };
        foreach (var (s, unreachable) in schedules)
        {
            lines.Add(t.Text("schedule.list-line", ("id", Short(s.Id)), ("rule", s.Rule.Describe(t)), ("content", s.Content.Describe(t)), ("people", t.Count("schedule.people", s.Recipients.Count)))
                + (s.Paused ? t.Text("schedule.list-paused") : "")
                + (unreachable.Count > 0 ? t.Text("schedule.list-unreachable", ("people", string.Join(", ", unreachable))) : ""));
        }

        return new BotReply(string.Join('\n', lines));
    }

    public BotReply PausedOrResumed(TextCatalogue t, NudgeSchedule schedule, bool paused) => new(paused
        ? t.Text("schedule.paused", ("id", Short(schedule.Id)))
        : t.Text("schedule.resumed", ("id", Short(schedule.Id)), ("next", NextPrompts(t, schedule))).TrimEnd());

    public static BotReply Deleted(TextCatalogue t, NudgeSchedule schedule) => Say(t, "schedule.deleted", ("id", Short(schedule.Id)));

    public static BotReply NotFound(TextCatalogue t, string id) => Say(t, "schedule.not-found", ("id", id));

    /// <summary>The next prompt in up to three of the recipients' time zones.</summary>
    private string NextPrompts(TextCatalogue t, NudgeSchedule schedule)
    {
        var zones = schedule.Recipients.Select(r => r.TimeZoneId).Distinct().Take(3);
        var next = zones.Select(z => schedule.Rule.Next(time.GetUtcNow(), ScheduleTimeZones.Find(z)) is { } at
            ? $"{at.ToString("ddd d MMM HH:mm", t.Culture)} {z}" : null).OfType<string>().ToList();
        return next.Count == 0 ? "" : t.Text("schedule.next", ("prompts", string.Join("; ", next)));
    }

    private static string Short(Guid id) => id.ToString("N")[..6];
}

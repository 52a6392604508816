using System.Globalization;

namespace CoachBot.Core.Scheduling;

/// <summary>Days of the week and a local time of day; or, when <see cref="Cron"/> is set, a cron expression in local time.</summary>
public sealed record WeeklyRule(IReadOnlySet<DayOfWeek> Days, TimeOnly At, string? Cron = null)
{
    /// <summary>How late a prompt may still go out (a host that was down at 9:00 still posts at 9:40).</summary>
    public static readonly TimeSpan CatchUpWindow = TimeSpan.FromHours(2);

    public static readonly IReadOnlySet<DayOfWeek> Weekdays = new HashSet<DayOfWeek>
    {
        DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday,
    };

    /// <summary>The local date the prompt is due for at this instant, or null.</summary>
    public DateOnly? DueDate(DateTimeOffset utcNow, TimeZoneInfo zone)
    {
        if (Cron is not null)
        {
            var last = Cronos.CronExpression.Parse(Cron).GetOccurrences(utcNow - CatchUpWindow, utcNow, zone, fromInclusive: false, toInclusive: true).LastOrDefault();
            return last == default ? null : DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(last, zone).DateTime);
        }

        var local = TimeZoneInfo.ConvertTime(utcNow, zone);
        var since = local.TimeOfDay - At.ToTimeSpan();
        return Days.Contains(local.DayOfWeek) && since >= TimeSpan.Zero && since < CatchUpWindow ? DateOnly.FromDateTime(local.DateTime) : null;
    }

    /// <summary>The next time a prompt goes out after <paramref name="utcNow"/>, in the zone's local time.</summary>
    public DateTimeOffset? Next(DateTimeOffset utcNow, TimeZoneInfo zone)
    {
        if (Cron is not null)
        {
            return Cronos.CronExpression.Parse(Cron).GetNextOccurrence(utcNow, zone) is { } next ? TimeZoneInfo.ConvertTime(next, zone) : null;
        }

        var local = TimeZoneInfo.ConvertTime(utcNow, zone);
        for (var day = 0; day <= 7; day++)
        {
            var date = DateOnly.FromDateTime(local.DateTime).AddDays(day);
            var at = date.ToDateTime(At);
            if (Days.Contains(date.DayOfWeek) && at > local.DateTime)
            {
                return new DateTimeOffset(at, zone.GetUtcOffset(at));
            }
        }

        return null;
    }

    /// <summary>The rule in a person's language ("every weekday at 09:00", "по будням в 09:00"); day names from the language's culture.</summary>
    public string Describe(Texts.TextCatalogue texts)
    {
        if (Cron is not null)
        {
            return texts.Text("schedule.cron", ("cron", Cron));
        }

        var days = Days.Count == 7 ? texts.Text("schedule.every-day")
            : Days.SetEquals(Weekdays) ? texts.Text("schedule.every-weekday")
            : string.Join(", ", Days.OrderBy(d => ((int)d + 6) % 7).Select(d => texts.Culture.DateTimeFormat.GetAbbreviatedDayName(d)));
        return texts.Text("schedule.days-at", ("days", days), ("time", At.ToString("HH:mm", CultureInfo.InvariantCulture)));
    }
}

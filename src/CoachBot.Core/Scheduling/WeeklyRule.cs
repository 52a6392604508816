using System.Globalization;

namespace CoachBot.Core.Scheduling;

/// <summary>Days of the week and a local time of day.</summary>
public sealed record WeeklyRule(IReadOnlySet<DayOfWeek> Days, TimeOnly At)
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
        var local = TimeZoneInfo.ConvertTime(utcNow, zone);
        var since = local.TimeOfDay - At.ToTimeSpan();
        return Days.Contains(local.DayOfWeek) && since >= TimeSpan.Zero && since < CatchUpWindow ? DateOnly.FromDateTime(local.DateTime) : null;
    }

    /// <summary>The next time a prompt goes out after <paramref name="utcNow"/>, in the zone's local time.</summary>
    public DateTimeOffset? Next(DateTimeOffset utcNow, TimeZoneInfo zone)
    {
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

    public string Describe()
    {
        var days = Days.Count == 7 ? "every day"
            : Days.SetEquals(Weekdays) ? "every weekday"
            : string.Join(", ", Days.OrderBy(d => ((int)d + 6) % 7).Select(d => CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedDayName(d)));
        return $"{days} at {At.ToString("HH:mm", CultureInfo.InvariantCulture)}";
    }
}

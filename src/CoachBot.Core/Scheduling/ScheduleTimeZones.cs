namespace CoachBot.Core.Scheduling;

internal static class ScheduleTimeZones
{
    /// <summary>An IANA zone as stored on a recipient; UTC when this machine does not know it.</summary>
    public static TimeZoneInfo Find(string id) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;
}

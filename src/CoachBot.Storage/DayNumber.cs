namespace CoachBot.Storage;

internal static class DayNumber
{
    private static readonly int Epoch = new DateOnly(1970, 1, 1).DayNumber;

    public static int Of(DateTimeOffset instant) => DateOnly.FromDateTime(instant.UtcDateTime).DayNumber - Epoch;

    public static int Of(DateOnly date) => date.DayNumber - Epoch;

    public static DateOnly ToDate(long day) => DateOnly.FromDayNumber((int)day + Epoch);

    /// <summary>Monday = 0 … Sunday = 6; day 0 (1 January 1970) was a Thursday.</summary>
    public static int Weekday(int day) => (day + 3) % 7;

    /// <summary>The day number of the Monday that starts the day's week.</summary>
    public static int WeekOf(int day) => day - Weekday(day);
}

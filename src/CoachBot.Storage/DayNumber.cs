namespace CoachBot.Storage;

internal static class DayNumber
{
    private static readonly int Epoch = new DateOnly(1970, 1, 1).DayNumber;

    public static int Of(DateTimeOffset instant) => DateOnly.FromDateTime(instant.UtcDateTime).DayNumber - Epoch;

    public static int Of(DateOnly date) => date.DayNumber - Epoch;

    public static DateOnly ToDate(long day) => DateOnly.FromDayNumber((int)day + Epoch);
}

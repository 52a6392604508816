namespace CoachBot.Core.Reports;

/// <summary>What a report covers: a date range (UTC days, inclusive), and optionally one team or one person.
/// Reports count whole weeks, Monday to Sunday: the range widens to the weeks it touches.</summary>
public sealed record ProgressFilter(DateOnly From, DateOnly To, string? Team = null, string? PersonId = null)
{
    public const int MaxDays = 731;

    public static ProgressFilter LastDays(DateOnly today, int days, string? team = null, string? personId = null) =>
        new(today.AddDays(1 - days), today, team, personId);

    public ProgressFilter ToWholeWeeks() => this with { From = Monday(From), To = Monday(To).AddDays(6) };

    private static DateOnly Monday(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    public string? Problem =>
        From > To ? "\"from\" is after \"to\""
        : To.DayNumber - From.DayNumber >= MaxDays ? $"the range is longer than {MaxDays} days"
        : null;
}

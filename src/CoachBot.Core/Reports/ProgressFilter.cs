namespace CoachBot.Core.Reports;

/// <summary>What a report covers: a date range (UTC days, inclusive), and optionally one team or one person.</summary>
public sealed record ProgressFilter(DateOnly From, DateOnly To, string? Team = null, string? PersonId = null)
{
    public const int MaxDays = 731;

    public static ProgressFilter LastDays(DateOnly today, int days, string? team = null, string? personId = null) =>
        new(today.AddDays(1 - days), today, team, personId);

    public string? Problem =>
        From > To ? "\"from\" is after \"to\""
        : To.DayNumber - From.DayNumber >= MaxDays ? $"the range is longer than {MaxDays} days"
        : null;
}

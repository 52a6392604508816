namespace CoachBot.Storage;

/// <summary>
/// One chat account's practice in one week (Monday to Sunday, UTC), kept up to date as answers and prompts are
/// stored, so a report reads a row per person per week instead of every answer.
/// </summary>
internal sealed class PracticeWeekRow
{
    public required string ChannelId { get; set; }
    public required string UserId { get; set; }

    /// <summary>The week's Monday as a day number (see <see cref="DayNumber"/>).</summary>
    public int Week { get; set; }
    public int Attempts { get; set; }

    /// <summary>Bit 0 = Monday … bit 6 = Sunday: the days with at least one answer.</summary>
    public int DaysMask { get; set; }
    public int NudgesSent { get; set; }
    public int NudgesAnswered { get; set; }
}

/// <summary>One chat account's scores on one standard in one week, with the week's latest score.</summary>
internal sealed class ScoreWeekRow
{
    public required string ChannelId { get; set; }
    public required string UserId { get; set; }
    public required string StandardId { get; set; }
    public int Week { get; set; }
    public int Count { get; set; }
    public int Sum { get; set; }
    public int LatestScore { get; set; }
    public DateTime LatestAtUtc { get; set; }
}

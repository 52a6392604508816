namespace CoachBot.Core.Progress;

/// <summary>An employee's own progress; the streak counts consecutive practice days (UTC) up to today or yesterday.</summary>
public sealed record ProgressCard(int Attempts, int ScenariosPractised, IReadOnlyList<StandardProgress> Standards, int StreakDays = 0)
{
    /// <summary>The card's words in the person's language; set when the card is put in a reply.</summary>
    public ProgressLabels? Labels { get; init; }
}

/// <summary>The heading, the summary line, and one line per standard id ("average 2.0 over 3, latest 2, steady →").</summary>
public sealed record ProgressLabels(string Heading, string Summary, IReadOnlyDictionary<string, string> Lines)
{
    /// <summary>The practice streak as a line to show ("3-day practice streak", or how to start one).</summary>
    public string Streak { get; init; } = "";
}

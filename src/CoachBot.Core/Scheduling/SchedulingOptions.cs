namespace CoachBot.Core.Scheduling;

public sealed class SchedulingOptions
{
    public const string SectionName = "Scheduling";

    /// <summary>For recipients whose platform profile has no time zone.</summary>
    public string DefaultTimeZone { get; set; } = "UTC";

    /// <summary>User ids ("channel:user", e.g. slack:U123) allowed to schedule for others.</summary>
    public List<string> Managers { get; set; } = [];

    /// <summary>"my team" for a manager: "channel:managerId" → the members' user ids (until people are imported).</summary>
    public Dictionary<string, List<string>> Teams { get; set; } = [];

    /// <summary>Adaptive content avoids scenarios the person answered within this many days.</summary>
    public int AdaptiveFreshDays { get; set; } = 7;
}

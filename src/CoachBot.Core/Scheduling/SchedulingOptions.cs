namespace CoachBot.Core.Scheduling;

public sealed class SchedulingOptions
{
    public const string SectionName = "Scheduling";

    /// <summary>For recipients whose platform profile has no time zone.</summary>
    public string DefaultTimeZone { get; set; } = "UTC";

    /// <summary>User ids ("channel:user", e.g. slack:U123) allowed to schedule for others.</summary>
    public List<string> Managers { get; set; } = [];

    /// <summary>"my team" for each manager, until people are imported. Ids may contain ':' (Teams), so they are values, not keys.</summary>
    public List<TeamOptions> Teams { get; set; } = [];

    public List<string>? TeamOf(string channelId, string managerId) =>
        Teams.FirstOrDefault(t => t.Manager == $"{channelId}:{managerId}")?.Members;
}

public sealed class TeamOptions
{
    /// <summary>"channel:userId", e.g. slack:U0MANAGER.</summary>
    public string Manager { get; set; } = "";

    public List<string> Members { get; set; } = [];
}

namespace CoachBot.Host.Dashboard;

public sealed class DashboardOptions
{
    public const string SectionName = "Dashboard";

    /// <summary>The address people reach this host at, for links sent in chat (a data export). Empty: the first URL the host listens on.</summary>
    public string? PublicUrl { get; set; }

    /// <summary>How long a "my data" link works.</summary>
    public int DataLinkMinutes { get; set; } = 15;

    /// <summary>How long a one-time password (the first admin's, or from set-password) works before it must be asked for again.</summary>
    public int OneTimePasswordHours { get; set; } = 24;

    /// <summary>A sign-in ends this long after it was made, however active; sliding renewal only covers the 8 hours' idle limit.</summary>
    public int SignInAbsoluteHours { get; set; } = 12;
}

public sealed class PrivacyOptions
{
    public const string SectionName = "Privacy";

    /// <summary>Answers' text (and the quotes taken from it) is removed after this many days; the scores stay. Empty: kept.</summary>
    public int? AnswerRetentionDays { get; set; }
}

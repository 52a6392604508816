namespace CoachBot.Core.Scheduling;

/// <summary>A manager's (or an employee's own) recurring moment-of-truth prompt.</summary>
public sealed record NudgeSchedule(
    Guid Id,
    string ChannelId,
    string OwnerId,
    IReadOnlyList<NudgeRecipient> Recipients,
    WeeklyRule Rule,
    NudgeContent Content,
    bool Paused,
    DateOnly? EndDate,
    IReadOnlyList<DateOnly> QuietDates,
    DateTimeOffset CreatedAt);

/// <summary>
/// Who gets the prompt, and in which time zone "9:00" is meant: a person (their DM), or a channel
/// (<see cref="IsConversation"/>; the prompt is posted there and anyone in it may answer).
/// </summary>
public sealed record NudgeRecipient(string UserId, string TimeZoneId, bool IsConversation = false);

public enum NudgeContentKind
{
    AnyScenario,
    Topic,
    FocusStandard,
    Adaptive,
}

public sealed record NudgeContent(NudgeContentKind Kind, string? Value = null)
{
    public string Describe() => Kind switch
    {
        NudgeContentKind.Topic => $"topic {Value}",
        NudgeContentKind.FocusStandard => $"focus on {Value}",
        NudgeContentKind.Adaptive => "adaptive (each person's weakest standard)",
        _ => "any scenario",
    };
}

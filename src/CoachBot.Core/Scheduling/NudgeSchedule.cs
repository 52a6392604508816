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
    public string Describe(Texts.TextCatalogue texts) => Kind switch
    {
        NudgeContentKind.Topic => texts.Text("schedule.content-topic", ("topic", texts.Topic(Value ?? ""))),
        NudgeContentKind.FocusStandard => texts.Text("schedule.content-focus", ("standard", Value)),
        NudgeContentKind.Adaptive => texts.Text("schedule.content-adaptive"),
        _ => texts.Text("schedule.content-any"),
    };
}

namespace CoachBot.Core.Scheduling;

/// <summary>What "schedule weekdays at 09:00 for @ana @ben adaptive" asked for.</summary>
public sealed record ScheduleRequest(WeeklyRule Rule, IReadOnlyList<string> Audience, NudgeContent Content);

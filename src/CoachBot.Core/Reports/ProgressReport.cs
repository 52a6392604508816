using CoachBot.Core.Progress;

namespace CoachBot.Core.Reports;

public sealed record ProgressReport(
    DateOnly From,
    DateOnly To,
    string ScopeName,
    IReadOnlyList<StandardInfo> Standards,
    GroupProgress Summary,
    IReadOnlyList<WeekPoint> Weekly,
    IReadOnlyList<GroupProgress> Teams,
    IReadOnlyList<PersonProgress> People);

public sealed record StandardInfo(string Id, string Name);

/// <summary>One standard for a person or a group. Trend compares the last two weeks of the range with the two before.</summary>
public sealed record StandardStats(string StandardId, int Attempts, double? Average, int? Latest, Trend Trend, double? Change);

public sealed record GroupProgress(
    string Name,
    int People,
    int Practised,
    double Participation,
    int Attempts,
    int NudgesSent,
    int NudgesAnswered,
    IReadOnlyList<StandardStats> Standards,
    string? Weakest);

public sealed record PersonProgress(
    string Id,
    string Name,
    string Team,
    int Attempts,
    int PracticeDays,
    DateOnly? LastPractised,
    int Streak,
    int NudgesSent,
    int NudgesAnswered,
    IReadOnlyList<StandardStats> Standards,
    string? Weakest);

/// <summary>A week ending on <see cref="WeekEnding"/>: the scope's average on one standard.</summary>
public sealed record WeekPoint(DateOnly WeekEnding, string StandardId, int Attempts, double? Average);

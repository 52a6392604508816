namespace CoachBot.Core.Reports;

/// <summary>
/// Where a scope struggles: each moment of truth (a scenario's step of the cycle of service) by standard, and the scenarios
/// with the lowest average, hardest first.
/// </summary>
public sealed record MomentsReport(IReadOnlyList<MomentRow> Moments, IReadOnlyList<ScenarioRow> Hardest);

/// <summary>One step of the cycle of service (as written in the pack), the scenarios practised at it, and its scores per standard.</summary>
public sealed record MomentRow(string Step, IReadOnlyList<string> ScenarioIds, int Attempts, IReadOnlyList<CellStats> Standards);

/// <summary>One scenario's answers: how many, their average over every standard scored, and the standard it scored lowest on.</summary>
public sealed record ScenarioRow(string ScenarioId, int Attempts, double? Average, string? Weakest, IReadOnlyList<CellStats> Standards);

public sealed record CellStats(string StandardId, int Attempts, double? Average);

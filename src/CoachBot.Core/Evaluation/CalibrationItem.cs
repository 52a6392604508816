using CoachBot.Core.Content;

namespace CoachBot.Core.Evaluation;

/// <summary>One human-labelled answer: labels are 0-3, or null for "n/a".</summary>
public sealed record CalibrationItem(Scenario Scenario, string Answer, IReadOnlyDictionary<string, int?> Labels);

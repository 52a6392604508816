using CoachBot.Core.Content;

namespace CoachBot.Core.Evaluation;

/// <summary>
/// One human-labelled answer: labels are 0-3, or null for "n/a". <see cref="Fields"/> holds the line's other
/// text fields (e.g. <c>lang</c>, <c>category</c>), for grouping the figures.
/// </summary>
public sealed record CalibrationItem(Scenario Scenario, string Answer, IReadOnlyDictionary<string, int?> Labels)
{
    public IReadOnlyDictionary<string, string> Fields { get; init; } = new Dictionary<string, string>();
}

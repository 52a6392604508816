namespace CoachBot.Core.Scoring;

/// <summary>
/// A 0-3 score for one standard, with the employee's own words that earned it,
/// what was missing, and one concrete tip. A null score means the scenario does not assess it.
/// </summary>
public sealed record StandardScore(
    string StandardId,
    int? Score,
    IReadOnlyList<string> Evidence,
    string? Missing,
    string? Tip)
{
    /// <summary>The signal that held the score back, whose coaching <see cref="Missing"/> and <see cref="Tip"/> are; the coaching can be given in any language.</summary>
    public string? Gap { get; init; }

    public static StandardScore NotAssessed(string standardId) => new(standardId, null, [], null, null);
}

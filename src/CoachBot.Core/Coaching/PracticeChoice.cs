namespace CoachBot.Core.Coaching;

/// <summary>
/// The industry a person chose to practise (null: every industry, mixed), and the scenarios they have been given since
/// they chose it, so that <c>practice</c> and <c>next</c> go on with ones they have not seen.
/// </summary>
public sealed record PracticeChoice(string? Industry, IReadOnlyList<string> Seen)
{
    public PracticeChoice Saw(string scenarioId) =>
        Seen.Contains(scenarioId, StringComparer.Ordinal) ? this : this with { Seen = [.. Seen, scenarioId] };
}

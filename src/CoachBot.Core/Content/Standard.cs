namespace CoachBot.Core.Content;

/// <summary>A documented service standard, scored 0-3 by its level descriptions.</summary>
public sealed record Standard(
    string Id,
    string Name,
    string Audience,
    string Summary,
    IReadOnlyDictionary<int, string> Levels,
    IReadOnlyList<Scoring.Rubric.LevelRule> Scoring)
{
    public const string FrontlineAudience = "frontline";

    public bool IsFrontline => Audience == FrontlineAudience;
}

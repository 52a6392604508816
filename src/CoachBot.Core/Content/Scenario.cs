namespace CoachBot.Core.Content;

/// <summary>One moment of truth at a named step of a cycle of service.</summary>
public sealed record Scenario(
    string Id,
    string Title,
    string Industry,
    string Step,
    string Goal,
    string CustomerSays,
    IReadOnlyList<string> Standards,
    string? ModelAnswer)
{
    public bool Assesses(string standardId) => Standards.Contains(standardId, StringComparer.Ordinal);
}

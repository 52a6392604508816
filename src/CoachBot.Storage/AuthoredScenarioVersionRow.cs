namespace CoachBot.Storage;

/// <summary>One published version of a scenario, kept for good: attempts name the version they answered.</summary>
internal sealed class AuthoredScenarioVersionRow
{
    public required string ScenarioId { get; set; }
    public int Version { get; set; }

    /// <summary>The <see cref="Core.Authoring.AuthoredScenario"/> as JSON: every field and each language's text.</summary>
    public required string ContentJson { get; set; }
    public DateTime PublishedAtUtc { get; set; }
    public required string PublishedBy { get; set; }
}

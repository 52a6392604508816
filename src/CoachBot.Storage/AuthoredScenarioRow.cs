namespace CoachBot.Storage;

/// <summary>A scenario id the dashboard has published or retired; its text is in its versions.</summary>
internal sealed class AuthoredScenarioRow
{
    public required string Id { get; set; }
    public DateTime? RetiredAtUtc { get; set; }
    public string? RetiredBy { get; set; }
    public List<AuthoredScenarioVersionRow> Versions { get; set; } = [];
}

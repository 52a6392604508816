namespace CoachBot.Core.Content;

// The YAML shapes of prompts/standards.yml and prompts/scenarios/*.yml (see prompts/README.md).
internal sealed class StandardsFile
{
    public int? Version { get; set; }
    public Dictionary<int, string>? Scale { get; set; }
    public List<StandardEntry>? Standards { get; set; }
}

internal sealed class StandardEntry
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? Audience { get; set; }
    public string? Summary { get; set; }
    public Dictionary<int, string>? Levels { get; set; }
}

internal sealed class ScenarioFile
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public string? Industry { get; set; }
    public string? Step { get; set; }
    public string? Goal { get; set; }
    public string? CustomerSays { get; set; }
    public List<string>? Standards { get; set; }
    public string? ModelAnswer { get; set; }
}

using System.ComponentModel.DataAnnotations;

namespace CoachBot.Host.Coaching;

internal sealed class ContentOptions
{
    public const string SectionName = "Content";

    /// <summary>The folder with standards.yml and scenarios/; relative paths start beside the binaries.</summary>
    [Required]
    public string Directory { get; set; } = "prompts";
}

namespace CoachBot.Core.Coaching;

public sealed class CoachingOptions
{
    public const string SectionName = "Coaching";

    /// <summary>The language for people who have not chosen one and whose platform does not say (a code of <c>prompts/ui/</c>).</summary>
    public string DefaultLanguage { get; set; } = "en";
}

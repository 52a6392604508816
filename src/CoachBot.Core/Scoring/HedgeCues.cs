using System.Text.RegularExpressions;

namespace CoachBot.Core.Scoring;

/// <summary>"I'll try", "hopefully", "bear with me": a commitment the employee does not stand behind.</summary>
internal static partial class HedgeCues
{
    [GeneratedRegex(@"\b(?:i(?:'ll| will) try|we(?:'ll| will) try|try to|hopefully|fingers crossed|let me see what|see what i can|bear with me|what i can)\b")]
    public static partial Regex Hedge();
}

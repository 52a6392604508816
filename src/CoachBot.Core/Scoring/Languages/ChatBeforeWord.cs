namespace CoachBot.Core.Scoring.Languages;

/// <summary>A chat spelling and the standard form it <paramref name="Reads"/> as, when the next word is one of <paramref name="Before"/>.</summary>
public sealed record ChatBeforeWord(string Reads, IReadOnlySet<string> Before);

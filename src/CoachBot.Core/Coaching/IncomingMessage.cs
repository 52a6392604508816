namespace CoachBot.Core.Coaching;

/// <summary>What a channel hands to Core: typed text, or the action of a pressed button.</summary>
public sealed record IncomingMessage(ChatAddress Address, string? Text, string? Action = null, string? UserName = null);

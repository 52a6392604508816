namespace CoachBot.Core.Coaching;

/// <summary>What a channel hands to Core: typed text, or the action of a pressed button.</summary>
public sealed record IncomingMessage(ChatAddress Address, string? Text, string? Action = null, string? UserName = null)
{
    /// <summary>The language the person's platform says they use ("ru-RU", "mn-MN"), when it says.</summary>
    public string? Locale { get; init; }
}

namespace CoachBot.Core.Coaching;

/// <summary>Who is talking, in which conversation, on which channel. Dialog state is keyed by it.</summary>
public sealed record ChatAddress(string ChannelId, string ConversationId, string UserId);

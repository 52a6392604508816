namespace CoachBot.Host.Channels.WebChat;

/// <summary>What the page posts: the browser's user id, and typed text or a button's action.</summary>
internal sealed record WebChatRequest(string? UserId, string? Text, string? Action);

namespace CoachBot.Host.Channels.WebChat;

/// <summary>What the page posts: the browser's user id (read only when nobody is signed in), typed text or a button's action, and the browser's language.</summary>
internal sealed record WebChatRequest(string? UserId, string? Text, string? Action, string? Locale = null);

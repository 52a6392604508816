namespace CoachBot.Host.Channels.WebChat;

/// <summary>
/// The built-in web chat: anonymous for a visitor (the browser picks its user id), the person themself once signed in; a
/// deployment that does not want it turns it off.
/// </summary>
internal sealed class WebChatOptions
{
    public const string SectionName = "WebChat";

    public bool Enabled { get; set; } = true;
}

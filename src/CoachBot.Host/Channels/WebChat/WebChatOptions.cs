namespace CoachBot.Host.Channels.WebChat;

/// <summary>The built-in web chat is anonymous (the browser picks its user id); a deployment that does not want it turns it off.</summary>
internal sealed class WebChatOptions
{
    public const string SectionName = "WebChat";

    public bool Enabled { get; set; } = true;
}

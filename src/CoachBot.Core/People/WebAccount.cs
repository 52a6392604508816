namespace CoachBot.Core.People;

/// <summary>
/// Everyone in the directory may sign in to the web page and practise there; their chat account on it is their person id,
/// linked to them like a Slack or Teams account, so that practice counts as theirs.
/// </summary>
public static class WebAccount
{
    /// <summary>The signed-in web page; the anonymous web chat ("webchat") is another channel, never linked to anyone.</summary>
    public const string ChannelId = "web";

    public static ChatAccount Of(string personId) => new(ChannelId, personId);
}

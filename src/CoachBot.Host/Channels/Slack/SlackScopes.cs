namespace CoachBot.Host.Channels.Slack;

/// <summary>
/// Every Web API method and event CoachBot uses, with the scope it needs. The API client refuses a method
/// missing here, and a test checks manifests/slack/manifest.yml asks for exactly these scopes.
/// </summary>
internal static class SlackScopes
{
    public static readonly IReadOnlyDictionary<string, string?> Methods = new Dictionary<string, string?>(StringComparer.Ordinal)
    {
        ["chat.postMessage"] = "chat:write",
        ["chat.postEphemeral"] = "chat:write",
        ["chat.update"] = "chat:write",
        ["conversations.open"] = "im:write",
        ["conversations.history"] = "im:history",
        ["views.open"] = null, // needs only a trigger_id from an interaction
        ["users.info"] = "users:read",
        ["conversations.members"] = "channels:read", // public channels; private ones need PrivateChannelMembers too
        ["apps.connections.open"] = null, // app-level token with connections:write, not a bot scope
    };

    public static readonly IReadOnlyDictionary<string, string> Events = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["app_mention"] = "app_mentions:read",
        ["message.im"] = "im:history",
    };

    /// <summary>conversations.members on a private channel.</summary>
    public const string PrivateChannelMembers = "groups:read";

    /// <summary>The slash command /coach.</summary>
    public const string Commands = "commands";

    public static IReadOnlySet<string> BotScopes { get; } =
        Methods.Values.OfType<string>().Concat(Events.Values).Append(Commands).Append(PrivateChannelMembers).ToHashSet(StringComparer.Ordinal);
}

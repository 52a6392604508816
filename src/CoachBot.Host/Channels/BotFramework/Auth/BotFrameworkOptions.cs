namespace CoachBot.Host.Channels.BotFramework.Auth;

/// <summary>
/// An Azure Bot's settings under their Bot Framework names (top-level keys, so they paste straight in),
/// plus the endpoints CoachBot talks to, under <c>BotFramework:</c>.
/// </summary>
internal sealed class BotFrameworkOptions
{
    public const string SectionName = "BotFramework";

    public string? MicrosoftAppId { get; set; }
    public string? MicrosoftAppPassword { get; set; }
    public string MicrosoftAppType { get; set; } = AppTypes.MultiTenant;
    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>Where the channel's signing keys are published.</summary>
    public string OpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    public string Issuer { get; set; } = "https://api.botframework.com";

    /// <summary>Entra ID authority host for the outbound client-credentials token.</summary>
    public string LoginAuthorityHost { get; set; } = "https://login.microsoftonline.com";

    public string ConnectorScope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>Hosts a token may be sent to; "*." matches subdomains. Service URLs proven by a valid inbound token are trusted too.</summary>
    public List<string> TrustedServiceUrlHosts { get; set; } =
    [
        "smba.trafficmanager.net", "*.botframework.com", "smba.infra.gcc.teams.microsoft.com", "smba.infra.gov.teams.microsoft.us", "*.botframework.azure.us",
    ];

    public TimeSpan SigningKeyRefresh { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// The keys are fetched at most this often, whatever the tokens say: a token with an unknown key id refetches them (a
    /// rotation), a stale set is refreshed in the background, and a failed fetch is not tried again sooner.
    /// </summary>
    public TimeSpan UnknownKeyRefreshGap { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Without an app id: whether clients without a token (Emulator, Agents Playground) may try CoachBot out, anonymously.
    /// False answers them 401, so a Slack-only deployment has no unauthenticated way in.
    /// </summary>
    public bool AllowUnauthenticated { get; set; } = true;

    public bool IsLocalMode => string.IsNullOrWhiteSpace(MicrosoftAppId);

    /// <summary>The tenant whose authority issues the outbound token: the bot's own for single-tenant.</summary>
    public string AuthorityTenant => MicrosoftAppType == AppTypes.SingleTenant ? MicrosoftAppTenantId! : "botframework.com";

    /// <summary>The problem with these settings, naming the key, or null.</summary>
    public string? Problem() => IsLocalMode ? null : MicrosoftAppType switch
    {
        AppTypes.MultiTenant when string.IsNullOrEmpty(MicrosoftAppPassword) => "MicrosoftAppPassword is required for a MultiTenant bot",
        AppTypes.SingleTenant when string.IsNullOrEmpty(MicrosoftAppPassword) || string.IsNullOrEmpty(MicrosoftAppTenantId) =>
            "MicrosoftAppPassword and MicrosoftAppTenantId are required for a SingleTenant bot",
        AppTypes.UserAssignedMsi when !string.IsNullOrEmpty(MicrosoftAppPassword) => "MicrosoftAppPassword must be empty for a UserAssignedMSI bot",
        AppTypes.UserAssignedMsi when string.IsNullOrEmpty(MicrosoftAppTenantId) => "MicrosoftAppTenantId is required for a UserAssignedMSI bot",
        AppTypes.MultiTenant or AppTypes.SingleTenant or AppTypes.UserAssignedMsi => null,
        _ => $"MicrosoftAppType must be MultiTenant, SingleTenant or UserAssignedMSI, not '{MicrosoftAppType}'",
    };

    public static class AppTypes
    {
        public const string MultiTenant = "MultiTenant";
        public const string SingleTenant = "SingleTenant";
        public const string UserAssignedMsi = "UserAssignedMSI";
    }
}

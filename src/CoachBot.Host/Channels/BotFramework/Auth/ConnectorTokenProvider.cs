using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;

namespace CoachBot.Host.Channels.BotFramework.Auth;

/// <summary>
/// The bot's client-credentials token for the Bot Connector (MSAL; its app token cache keeps it until near
/// expiry). Null in local mode, where no token is sent.
/// </summary>
internal sealed class ConnectorTokenProvider
{
    private readonly string[] _scopes;
    private readonly Lazy<Func<CancellationToken, Task<string>>?> _acquire;

    public ConnectorTokenProvider(IOptions<BotFrameworkOptions> options, IMsalHttpClientFactory httpClients)
    {
        var o = options.Value;
        _scopes = [o.ConnectorScope];
        _acquire = new(() => Build(o, httpClients));
    }

    public async Task<string?> GetTokenAsync(CancellationToken ct) =>
        _acquire.Value is { } acquire ? await acquire(ct) : null;

    private Func<CancellationToken, Task<string>>? Build(BotFrameworkOptions o, IMsalHttpClientFactory httpClients)
    {
        if (o.IsLocalMode)
        {
            return null;
        }

        if (o.MicrosoftAppType == BotFrameworkOptions.AppTypes.UserAssignedMsi)
        {
            var msi = ManagedIdentityApplicationBuilder.Create(ManagedIdentityId.WithUserAssignedClientId(o.MicrosoftAppId!))
                .WithHttpClientFactory(httpClients).Build();
            var resource = o.ConnectorScope.Replace("/.default", "", StringComparison.Ordinal);
            return async ct => (await msi.AcquireTokenForManagedIdentity(resource).ExecuteAsync(ct)).AccessToken;
        }

        var app = ConfidentialClientApplicationBuilder.Create(o.MicrosoftAppId)
            .WithAuthority($"{o.LoginAuthorityHost.TrimEnd('/')}/{o.AuthorityTenant}", validateAuthority: false)
            .WithInstanceDiscovery(false)
            .WithClientSecret(o.MicrosoftAppPassword)
            .WithHttpClientFactory(httpClients)
            .Build();
        return async ct => (await app.AcquireTokenForClient(_scopes).ExecuteAsync(ct)).AccessToken;
    }
}

using Microsoft.Identity.Client;

namespace CoachBot.Host.Channels.BotFramework.Auth;

/// <summary>Gives MSAL a client from IHttpClientFactory, so handlers and tests can shape its HTTP.</summary>
internal sealed class MsalHttpClientFactory(IHttpClientFactory factory) : IMsalHttpClientFactory
{
    public const string ClientName = "msal";

    public HttpClient GetHttpClient() => factory.CreateClient(ClientName);
}

namespace CoachBot.Host.Tests.Support;

/// <summary>Sends MSAL's https://login.test/... requests to the loopback fake (MSAL insists on an https authority).</summary>
public sealed class RedirectHandler(string target) : DelegatingHandler(new HttpClientHandler())
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var to = new Uri(target);
        request.RequestUri = new UriBuilder(request.RequestUri!) { Scheme = to.Scheme, Host = to.Host, Port = to.Port }.Uri;
        return base.SendAsync(request, cancellationToken);
    }
}

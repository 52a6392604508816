using System.Net.Http.Headers;

namespace CoachBot.Host.Tests.Support;

/// <summary>Puts a fresh bearer token on every request, as a channel does.</summary>
public sealed class BearerToken(Func<string> token) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token());
        return base.SendAsync(request, cancellationToken);
    }
}

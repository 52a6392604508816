using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace CoachBot.Host.Security;

/// <summary>
/// Behind a reverse proxy that terminates TLS, the client's address and scheme come from the proxy's X-Forwarded-For and
/// X-Forwarded-Proto, but only from the proxies configured: per-IP rate limits then count clients, not the proxy, and the
/// sign-in cookie is marked Secure because the request is known to have come over HTTPS.
/// </summary>
internal static class ReverseProxyExtensions
{
    public static IServiceCollection AddReverseProxy(this IServiceCollection services)
    {
        services.AddOptions<ReverseProxyOptions>().BindConfiguration(ReverseProxyOptions.SectionName)
            .Validate(o => o.Problem() is null, "ForwardedHeaders: every KnownProxies entry must be an IP address and every KnownNetworks entry a CIDR network")
            .ValidateOnStart();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ReverseProxyOptions>>((o, proxy) =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var address in proxy.Value.KnownProxies)
            {
                o.KnownProxies.Add(IPAddress.Parse(address));
            }

            foreach (var network in proxy.Value.KnownNetworks)
            {
                o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        return services;
    }

    /// <summary>First in the pipeline, so that everything after it sees the client's address and scheme.</summary>
    public static WebApplication UseReverseProxy(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<ReverseProxyOptions>>().Value.IsOn)
        {
            app.UseForwardedHeaders();
        }

        return app;
    }
}

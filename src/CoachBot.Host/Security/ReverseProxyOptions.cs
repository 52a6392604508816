using System.Net;

namespace CoachBot.Host.Security;

/// <summary>
/// The reverse proxies whose X-Forwarded-For and X-Forwarded-Proto are believed. Empty (the default): none, and the
/// headers are ignored, since anyone can send them.
/// </summary>
public sealed class ReverseProxyOptions
{
    public const string SectionName = "ForwardedHeaders";

    /// <summary>The proxies' own addresses, e.g. 10.0.0.5.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks the proxies are in, in CIDR form, e.g. 10.0.0.0/24.</summary>
    public List<string> KnownNetworks { get; set; } = [];

    public bool IsOn => KnownProxies.Count > 0 || KnownNetworks.Count > 0;

    /// <summary>The first entry that is not an address or a network, naming the key, or null.</summary>
    public string? Problem() =>
        KnownProxies.FirstOrDefault(p => !IPAddress.TryParse(p, out _)) is { } proxy ? $"ForwardedHeaders:KnownProxies: \"{proxy}\" is not an IP address"
        : KnownNetworks.FirstOrDefault(n => !System.Net.IPNetwork.TryParse(n, out _)) is { } network ? $"ForwardedHeaders:KnownNetworks: \"{network}\" is not a network such as 10.0.0.0/24"
        : null;
}

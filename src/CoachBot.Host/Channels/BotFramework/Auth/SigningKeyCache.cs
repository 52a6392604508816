using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace CoachBot.Host.Channels.BotFramework.Auth;

/// <summary>
/// The channel's signing keys with their endorsements (the channel ids each key may sign for), read from the
/// OpenID metadata and its JWKS. Refreshed daily, and at once when a token names an unknown key id.
/// </summary>
internal sealed partial class SigningKeyCache(HttpClient http, IOptions<BotFrameworkOptions> options, TimeProvider time, ILogger<SigningKeyCache> logger)
{
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private Snapshot? _current;

    public sealed record Snapshot(IReadOnlyDictionary<string, SecurityKey> Keys, IReadOnlyDictionary<string, string[]> Endorsements, DateTimeOffset FetchedAt);

    /// <summary>The keys, refreshed if stale or if <paramref name="keyId"/> is unknown.</summary>
    public async Task<Snapshot> GetAsync(string? keyId, CancellationToken ct)
    {
        var current = _current;
        var now = time.GetUtcNow();
        var stale = current is null || now - current.FetchedAt > options.Value.SigningKeyRefresh;
        var unknown = keyId is not null && current is not null && !current.Keys.ContainsKey(keyId) && now - current.FetchedAt >= options.Value.UnknownKeyRefreshGap;
        if (!stale && !unknown)
        {
            return current!;
        }

        await _refresh.WaitAsync(ct);
        try
        {
            if (!ReferenceEquals(current, _current) && _current is not null)
            {
                return _current;
            }

            _current = await FetchAsync(ct);
            LogRefreshed(_current.Keys.Count);
            return _current;
        }
        finally
        {
            _refresh.Release();
        }
    }

    private async Task<Snapshot> FetchAsync(CancellationToken ct)
    {
        using var metadata = JsonDocument.Parse(await http.GetStringAsync(options.Value.OpenIdMetadataUrl, ct));
        var jwksUri = metadata.RootElement.GetProperty("jwks_uri").GetString()!;
        var jwksJson = await http.GetStringAsync(jwksUri, ct);
        var keys = new Dictionary<string, SecurityKey>(StringComparer.Ordinal);
        foreach (var key in new JsonWebKeySet(jwksJson).Keys.Where(k => k.Kid is not null))
        {
            keys[key.Kid] = key;
        }

        // JsonWebKey does not surface Bot Framework's "endorsements", so read them from the raw JWKS.
        var endorsements = new Dictionary<string, string[]>(StringComparer.Ordinal);
        using var raw = JsonDocument.Parse(jwksJson);
        foreach (var key in raw.RootElement.GetProperty("keys").EnumerateArray())
        {
            if (key.TryGetProperty("kid", out var kid) && key.TryGetProperty("endorsements", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                endorsements[kid.GetString()!] = list.EnumerateArray().Select(e => e.GetString() ?? "").ToArray();
            }
        }

        return new Snapshot(keys, endorsements, time.GetUtcNow());
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Bot Framework signing keys refreshed: {Count} keys")]
    private partial void LogRefreshed(int count);
}

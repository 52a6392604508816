using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace CoachBot.Host.Channels.BotFramework.Auth;

/// <summary>
/// The channel's signing keys with their endorsements (the channel ids each key may sign for), read from the OpenID
/// metadata and its JWKS. The last good keys are kept: a stale set is refreshed in the background while it goes on being
/// used, a token naming an unknown key id refetches at once, and no fetch is tried more often than
/// <see cref="BotFrameworkOptions.UnknownKeyRefreshGap"/>, so forged tokens cannot make the host hammer the metadata.
/// A failed fetch keeps what was there (nothing, before the first success: every token is then refused).
/// </summary>
internal sealed partial class SigningKeyCache(HttpClient http, IOptions<BotFrameworkOptions> options, TimeProvider time, ILogger<SigningKeyCache> logger)
{
    private static readonly Snapshot Empty = new(new Dictionary<string, SecurityKey>(), new Dictionary<string, string[]>(), DateTimeOffset.MinValue);
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private Snapshot? _current;
    private long _lastTryTicks;
    private int _inBackground;

    public sealed record Snapshot(IReadOnlyDictionary<string, SecurityKey> Keys, IReadOnlyDictionary<string, string[]> Endorsements, DateTimeOffset FetchedAt);

    /// <summary>The keys to validate with; never throws for the metadata's sake.</summary>
    public async Task<Snapshot> GetAsync(string? keyId, CancellationToken ct)
    {
        var current = _current;
        var now = time.GetUtcNow();
        if (current is null || (keyId is not null && !current.Keys.ContainsKey(keyId)))
        {
            return MayTry(now) ? await RefreshAsync(current, ct) : current ?? Empty;
        }

        if (now - current.FetchedAt > options.Value.SigningKeyRefresh && MayTry(now) && Interlocked.Exchange(ref _inBackground, 1) == 0)
        {
            _ = Task.Run(async () =>
            {
                try
                {
                    await RefreshAsync(current, CancellationToken.None);
                }
                finally
                {
                    Volatile.Write(ref _inBackground, 0);
                }
            }, CancellationToken.None);
        }

        return current;
    }

    private bool MayTry(DateTimeOffset now) => now.UtcTicks - Volatile.Read(ref _lastTryTicks) >= options.Value.UnknownKeyRefreshGap.Ticks;

    private async Task<Snapshot> RefreshAsync(Snapshot? seen, CancellationToken ct)
    {
        await _refresh.WaitAsync(ct);
        try
        {
            // Another caller refreshed, or tried and failed, while this one waited.
            if (!ReferenceEquals(seen, _current) || !MayTry(time.GetUtcNow()))
            {
                return _current ?? Empty;
            }

            Volatile.Write(ref _lastTryTicks, time.GetUtcNow().UtcTicks);
            _current = await FetchAsync(ct);
            LogRefreshed(_current.Keys.Count);
            return _current;
        }
        catch (Exception e) when (e is HttpRequestException or JsonException or KeyNotFoundException or InvalidOperationException or ArgumentException or FormatException
            || (e is OperationCanceledException && !ct.IsCancellationRequested))
        {
            LogFetchFailed(e.GetType().Name, _current?.Keys.Count ?? 0);
            return _current ?? Empty;
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not refresh the Bot Framework signing keys ({Exception}); going on with the {Count} keys already held")]
    private partial void LogFetchFailed(string exception, int count);
}

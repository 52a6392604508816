using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CoachBot.Host.Tests.Support;

/// <summary>
/// The outside services Teams needs, on loopback, speaking their real wire formats: the channel's OpenID
/// metadata and JWKS (with endorsements), the Entra ID token endpoint, and the Bot Connector.
/// </summary>
public sealed class FakeBotFrameworkCloud : IAsyncDisposable
{
    public const string Issuer = "https://api.botframework.com";
    public const string OutboundToken = "outbound-access-token-1";
    private readonly WebApplication _app;

    private FakeBotFrameworkCloud(WebApplication app) => _app = app;

    public RSA SigningKey { get; set; } = RSA.Create(2048);

    public string KeyId { get; set; } = "key-1";

    public string[] Endorsements { get; set; } = ["msteams", "emulator"];

    public ConcurrentQueue<(string Method, string Path, string? Authorization, JsonObject? Body)> ConnectorRequests { get; } = new();

    public int TokenRequests;

    /// <summary>How often the OpenID metadata was asked for; while <see cref="MetadataDown"/>, it answers 503.</summary>
    public int MetadataRequests;

    public bool MetadataDown { get; set; }

    /// <summary>Status codes the connector answers first, before 200s (e.g. 429).</summary>
    public ConcurrentQueue<int> ConnectorFailures { get; } = new();

    public string BaseUrl => LoopbackServer.BaseUrl(_app);

    public string ServiceUrl => BaseUrl + "/connector/";

    public string MetadataUrl => BaseUrl + "/v1/.well-known/openidconfiguration";

    public static async Task<FakeBotFrameworkCloud> StartAsync()
    {
        var app = LoopbackServer.Create();
        var cloud = new FakeBotFrameworkCloud(app);
        app.MapGet("/v1/.well-known/openidconfiguration", () =>
        {
            Interlocked.Increment(ref cloud.MetadataRequests);
            return cloud.MetadataDown ? Results.StatusCode(503) : Results.Json(new JsonObject
            {
                ["issuer"] = Issuer,
                ["jwks_uri"] = cloud.BaseUrl + "/v1/.well-known/keys",
                ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
            });
        });
        app.MapGet("/v1/.well-known/keys", () => Results.Json(new JsonObject { ["keys"] = new JsonArray(cloud.Jwk()) }));
        app.MapPost("/{tenant}/oauth2/v2.0/token", async (HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            if (form["grant_type"] != "client_credentials" || form["scope"] != "https://api.botframework.com/.default")
            {
                return Results.BadRequest(new { error = "invalid_request" });
            }

            Interlocked.Increment(ref cloud.TokenRequests);
            return Results.Json(new { token_type = "Bearer", expires_in = 3600, ext_expires_in = 3600, access_token = OutboundToken });
        });
        app.MapPost("/connector/v3/{**rest}", async (HttpRequest request) =>
        {
            var body = await request.ReadFromJsonAsync<JsonObject>();
            var rawTarget = request.HttpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()!.RawTarget;
            cloud.ConnectorRequests.Enqueue((request.Method, rawTarget, request.Headers.Authorization.ToString(), body));
            if (cloud.ConnectorFailures.TryDequeue(out var status))
            {
                request.HttpContext.Response.Headers.RetryAfter = "1";
                return Results.Text("{\"error\":{\"code\":\"Throttled\"}}", "application/json", statusCode: status);
            }

            return request.Path.Value!.EndsWith("/v3/conversations", StringComparison.Ordinal)
                ? Results.Json(new { id = "a:created-1on1" })
                : Results.Json(new { id = Guid.NewGuid().ToString() });
        });
        await app.StartAsync();
        return cloud;
    }

    /// <summary>A channel token, as the Bot Connector would send it; the parameters make it go wrong in one way each.</summary>
    public string Token(string audience, string serviceUrl, string? issuer = null, DateTime? expires = null, RSA? key = null, string? keyId = null, DateTime? now = null)
    {
        var issued = now ?? DateTime.UtcNow;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer ?? Issuer,
            Audience = audience,
            IssuedAt = issued.AddMinutes(-10),
            NotBefore = issued.AddMinutes(-10),
            Expires = expires ?? issued.AddHours(1),
            Claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl },
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(key ?? SigningKey) { KeyId = keyId ?? KeyId }, SecurityAlgorithms.RsaSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    private JsonObject Jwk()
    {
        var p = SigningKey.ExportParameters(false);
        return new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = Base64UrlEncoder.Encode(p.Modulus),
            ["e"] = Base64UrlEncoder.Encode(p.Exponent),
            ["endorsements"] = new JsonArray(Endorsements.Select(e => (JsonNode)e).ToArray()),
        };
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}

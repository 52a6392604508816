using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CoachBot.Host.Tests.Support;

/// <summary>
/// Microsoft Entra ID on loopback, in its OpenID Connect wire format: per-tenant v2.0 metadata, the signing keys (JWKS), an
/// authorize endpoint that answers with the auto-posting form a browser gets (response_mode=form_post), and a token
/// endpoint that redeems the code (client secret and PKCE checked) for an RS256 id_token. Whoever "types their password" at
/// Microsoft is <see cref="SignedInAs"/>.
/// </summary>
public sealed class FakeIdentityProvider : IAsyncDisposable
{
    public const string ClientId = "00000000-c0ac-4b07-0000-000000000001";
    public const string ClientSecret = "test-client-secret-not-real";
    private const string KeyId = "test-key-1";
    private readonly WebApplication _app;
    private readonly RSA _key = RSA.Create(2048);
    private readonly ConcurrentDictionary<string, Grant> _codes = new();

    private FakeIdentityProvider(WebApplication app) => _app = app;

    public sealed record Account(string TenantId, string ObjectId, string UserName, string Name);

    private sealed record Grant(Account Account, string Nonce, string RedirectUri, string? CodeChallenge);

    /// <summary>The account the next authorize request signs in.</summary>
    public Account? SignedInAs { get; set; }

    public ConcurrentQueue<string> Redemptions { get; } = new();

    /// <summary>For AzureAd:Instance.</summary>
    public string Instance => LoopbackServer.BaseUrl(_app) + "/";

    public static async Task<FakeIdentityProvider> StartAsync()
    {
        var app = LoopbackServer.Create();
        var idp = new FakeIdentityProvider(app);
        app.MapGet("/{tenant}/v2.0/.well-known/openid-configuration", (string tenant) => Results.Json(idp.Metadata(tenant)));
        app.MapGet("/discovery/v2.0/keys", () => Results.Json(idp.Keys()));
        app.MapGet("/{tenant}/oauth2/v2.0/authorize", idp.Authorize);
        app.MapPost("/{tenant}/oauth2/v2.0/token", idp.RedeemAsync);
        app.MapGet("/{tenant}/oauth2/v2.0/logout", () => Results.Text("signed out of Microsoft"));
        await app.StartAsync();
        return idp;
    }

    /// <summary>An organisations-wide authority advertises its issuer as a template that each token's tid fills in.</summary>
    private object Metadata(string tenant)
    {
        var root = Instance + tenant;
        return new Dictionary<string, object>
        {
            ["issuer"] = tenant is "organizations" or "common" ? Instance + "{tenantid}/v2.0" : root + "/v2.0",
            ["authorization_endpoint"] = root + "/oauth2/v2.0/authorize",
            ["token_endpoint"] = root + "/oauth2/v2.0/token",
            ["end_session_endpoint"] = root + "/oauth2/v2.0/logout",
            ["jwks_uri"] = Instance + "discovery/v2.0/keys",
            ["response_types_supported"] = new[] { "code", "id_token", "code id_token" },
            ["response_modes_supported"] = new[] { "query", "fragment", "form_post" },
            ["subject_types_supported"] = new[] { "pairwise" },
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            ["scopes_supported"] = new[] { "openid", "profile", "email", "offline_access" },
            ["token_endpoint_auth_methods_supported"] = new[] { "client_secret_post", "client_secret_basic" },
            ["code_challenge_methods_supported"] = new[] { "S256" },
        };
    }

    private object Keys()
    {
        var p = _key.ExportParameters(includePrivateParameters: false);
        return new { keys = new[] { new { kty = "RSA", use = "sig", kid = KeyId, alg = "RS256", n = Base64UrlEncoder.Encode(p.Modulus), e = Base64UrlEncoder.Encode(p.Exponent) } } };
    }

    private IResult Authorize(HttpRequest request)
    {
        var q = request.Query;
        if (q["client_id"] != ClientId || SignedInAs is not { } account)
        {
            return Results.BadRequest("AADSTS700016: unknown application, or nobody signed in");
        }

        var code = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        _codes[code] = new Grant(account, q["nonce"].ToString(), q["redirect_uri"].ToString(), q["code_challenge"].ToString() is { Length: > 0 } c ? c : null);
        var fields = new Dictionary<string, string> { ["code"] = code, ["state"] = q["state"].ToString() };
        if (q["response_type"].ToString().Split(' ').Contains("id_token"))
        {
            fields["id_token"] = IdToken(account, q["nonce"].ToString(), code);
        }

        var html = new StringBuilder($"<html><body onload=\"document.forms[0].submit()\"><form method=\"post\" action=\"{HtmlEncoder.Default.Encode(q["redirect_uri"].ToString())}\">");
        foreach (var (name, value) in fields)
        {
            html.Append($"<input type=\"hidden\" name=\"{name}\" value=\"{HtmlEncoder.Default.Encode(value)}\"/>");
        }

        return Results.Content(html.Append("</form></body></html>").ToString(), "text/html");
    }

    private async Task<IResult> RedeemAsync(HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        var (clientId, secret) = ClientCredentials(request, form);
        if (form["grant_type"] != "authorization_code" || clientId != ClientId || secret != ClientSecret
            || !_codes.TryRemove(form["code"].ToString(), out var grant) || grant.RedirectUri != form["redirect_uri"]
            || (grant.CodeChallenge is not null && grant.CodeChallenge != Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(form["code_verifier"].ToString())))))
        {
            return Results.Json(new { error = "invalid_grant", error_description = "AADSTS70008: the code or the client is not valid." }, statusCode: 400);
        }

        Redemptions.Enqueue(grant.Account.ObjectId);
        return Results.Json(new { token_type = "Bearer", scope = "openid profile email", expires_in = 3600, id_token = IdToken(grant.Account, grant.Nonce), access_token = "opaque-access-token" });
    }

    private static (string? Id, string? Secret) ClientCredentials(HttpRequest request, IFormCollection form)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Basic ", StringComparison.Ordinal))
        {
            var pair = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..])).Split(':', 2);
            return (Uri.UnescapeDataString(pair[0]), Uri.UnescapeDataString(pair[1]));
        }

        return (form["client_id"], form["client_secret"]);
    }

    /// <param name="code">In the hybrid flow the id_token comes with the code and vouches for it: c_hash, the left half of its SHA-256.</param>
    private string IdToken(Account account, string nonce, string? code = null)
    {
        var now = DateTime.UtcNow;
        var claims = new Dictionary<string, object>
        {
            ["sub"] = "pairwise-" + account.ObjectId,
            ["oid"] = account.ObjectId,
            ["tid"] = account.TenantId,
            ["preferred_username"] = account.UserName,
            ["name"] = account.Name,
            ["nonce"] = nonce,
            ["ver"] = "2.0",
        };
        if (code is not null)
        {
            claims["c_hash"] = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(code))[..16]);
        }

        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = $"{Instance}{account.TenantId}/v2.0",
            Audience = ClientId,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddHours(1),
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(_key) { KeyId = KeyId }, SecurityAlgorithms.RsaSha256),
            Claims = claims,
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _key.Dispose();
    }
}

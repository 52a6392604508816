using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CoachBot.Host.Channels.BotFramework.Auth;

/// <summary>
/// Validates the channel's JWT on /api/messages as Bot Framework does: RS256 only, issuer, audience = app id,
/// lifetime with 5 minutes' skew, a key from the channel's JWKS endorsed for the activity's channel, and the
/// token's serviceurl claim equal to the activity's serviceUrl.
/// </summary>
internal sealed partial class InboundTokenValidator(SigningKeyCache keys, IOptions<BotFrameworkOptions> options, TimeProvider time, ILogger<InboundTokenValidator> logger)
{
    private static readonly JsonWebTokenHandler Handler = new();

    /// <returns>null when the token is good, else why it was refused (for the log, never the caller).</returns>
    public async Task<string?> ValidateAsync(string? authorization, Activity activity, CancellationToken ct)
    {
        string? problem;
        try
        {
            problem = await CheckAsync(authorization, activity, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // Whatever a token does to the parser or the key lookup, the caller is refused, never answered 500.
            problem = "validation failed: " + e.GetType().Name;
        }

        if (problem is not null)
        {
            LogRefused(problem, activity.ChannelId);
        }

        return problem;
    }

    private async Task<string?> CheckAsync(string? authorization, Activity activity, CancellationToken ct)
    {
        var parts = authorization?.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts is not [var scheme, var token] || !scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase))
        {
            return "missing or malformed Authorization header";
        }

        if (!Handler.CanReadToken(token))
        {
            return "not a JWT";
        }

        var kid = new JsonWebToken(token).Kid;
        var snapshot = await keys.GetAsync(kid, ct);
        var settings = options.Value;
        var result = await Handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = settings.Issuer,
            ValidAudience = settings.MicrosoftAppId,
            IssuerSigningKeys = snapshot.Keys.Values,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateIssuerSigningKey = true,
            ClockSkew = TimeSpan.FromMinutes(5),
            LifetimeValidator = (notBefore, expires, _, p) => Lifetime(notBefore, expires, p.ClockSkew),
        });
        if (!result.IsValid)
        {
            return result.Exception?.GetType().Name ?? "invalid token";
        }

        if (kid is null || !snapshot.Endorsements.TryGetValue(kid, out var channels) || (!string.IsNullOrEmpty(activity.ChannelId) && !channels.Contains(activity.ChannelId)))
        {
            return $"signing key is not endorsed for channel '{activity.ChannelId}'";
        }

        var serviceUrl = result.Claims.TryGetValue("serviceurl", out var claim) ? claim as string : null;
        if (!string.IsNullOrEmpty(activity.ServiceUrl) && !SameUrl(serviceUrl, activity.ServiceUrl))
        {
            return "serviceurl claim does not match the activity";
        }

        return null;
    }

    /// <summary>Checked against the injected clock, so tests and the host agree on "now".</summary>
    private bool Lifetime(DateTime? notBefore, DateTime? expires, TimeSpan skew)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return expires is { } exp && now <= exp.ToUniversalTime() + skew && (notBefore is not { } nbf || now >= nbf.ToUniversalTime() - skew);
    }

    private static bool SameUrl(string? a, string b) => a is not null && a.TrimEnd('/').Equals(b.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a Bot Framework request on channel {ChannelId}: {Problem}")]
    private partial void LogRefused(string problem, string? channelId);
}

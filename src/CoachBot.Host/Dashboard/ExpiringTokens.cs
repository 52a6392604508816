using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace CoachBot.Host.Dashboard;

/// <summary>
/// A value and its expiry, encrypted and signed by ASP.NET Core data protection, for links sent in chat: nothing to store,
/// nothing to guess. The expiry is checked against the host's clock.
/// </summary>
internal sealed class ExpiringTokens(IDataProtectionProvider protection, TimeProvider time)
{
    public string Create<T>(string purpose, T value, TimeSpan lifetime) =>
        protection.CreateProtector(purpose).Protect(JsonSerializer.Serialize(new Envelope<T>(value, time.GetUtcNow() + lifetime)));

    /// <summary>The value the token was made for, or null when it is forged, tampered with, made for another purpose or expired.</summary>
    public T? Read<T>(string purpose, string token)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<Envelope<T>>(protection.CreateProtector(purpose).Unprotect(token)) is { } envelope && envelope.Expires > time.GetUtcNow()
                ? envelope.Value
                : null;
        }
        catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or FormatException or JsonException)
        {
            return null;
        }
    }

    private sealed record Envelope<T>(T Value, DateTimeOffset Expires);
}

using System.Text.Json;
using CoachBot.Core.People;
using CoachBot.Core.Reports;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace CoachBot.Host.Dashboard;

/// <summary>
/// The link carries the person's accounts and its expiry, encrypted and signed by ASP.NET Core data protection: nothing to
/// store, nothing to guess. The expiry is checked against the host's clock.
/// </summary>
internal sealed class DataExportLinks(IDataProtectionProvider protection, IOptions<DashboardOptions> options, PublicUrl publicUrl, TimeProvider time) : IDataExportLinks
{
    private const string Purpose = "CoachBot.PersonalDataExport";

    public TimeSpan Lifetime => TimeSpan.FromMinutes(options.Value.DataLinkMinutes);

    public string Create(IReadOnlyList<ChatAccount> accounts)
    {
        var token = Protector().Protect(JsonSerializer.Serialize(new Payload(accounts, time.GetUtcNow() + Lifetime)));
        return $"{publicUrl.Base()}/api/my-data/{token}";
    }

    /// <summary>The accounts the token was made for, or null when it is forged, tampered with or expired.</summary>
    public IReadOnlyList<ChatAccount>? Read(string token)
    {
        try
        {
            return JsonSerializer.Deserialize<Payload>(Protector().Unprotect(token)) is { } payload && payload.Expires > time.GetUtcNow() ? payload.Accounts : null;
        }
        catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or FormatException or JsonException)
        {
            return null;
        }
    }

    private IDataProtector Protector() => protection.CreateProtector(Purpose);

    private sealed record Payload(IReadOnlyList<ChatAccount> Accounts, DateTimeOffset Expires);
}

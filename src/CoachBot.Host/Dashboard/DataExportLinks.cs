using System.Text.Json;
using CoachBot.Core.People;
using CoachBot.Core.Reports;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace CoachBot.Host.Dashboard;

/// <summary>The link is the person's accounts, encrypted and time-limited by ASP.NET Core data protection: nothing to store, nothing to guess.</summary>
internal sealed class DataExportLinks(IDataProtectionProvider protection, IOptions<DashboardOptions> options, IServer server, TimeProvider time) : IDataExportLinks
{
    private const string Purpose = "CoachBot.PersonalDataExport";

    public TimeSpan Lifetime => TimeSpan.FromMinutes(options.Value.DataLinkMinutes);

    public string Create(IReadOnlyList<ChatAccount> accounts)
    {
        var token = Protector().Protect(JsonSerializer.Serialize(accounts), time.GetUtcNow() + Lifetime);
        return $"{BaseUrl()}/api/my-data/{token}";
    }

    /// <summary>The accounts the token was made for, or null when it is forged, tampered with or expired.</summary>
    public IReadOnlyList<ChatAccount>? Read(string token)
    {
        try
        {
            return JsonSerializer.Deserialize<List<ChatAccount>>(Protector().Unprotect(token, out var expiry)) is { } accounts && expiry > time.GetUtcNow() ? accounts : null;
        }
        catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or FormatException or JsonException)
        {
            return null;
        }
    }

    private ITimeLimitedDataProtector Protector() => protection.CreateProtector(Purpose).ToTimeLimitedDataProtector();

    private string BaseUrl() =>
        (options.Value.PublicUrl ?? server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://localhost").TrimEnd('/');
}

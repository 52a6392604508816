using CoachBot.Core.People;
using CoachBot.Core.Reports;
using Microsoft.Extensions.Options;

namespace CoachBot.Host.Dashboard;

/// <summary>"my data" links: the token carries the person's accounts, and works for Dashboard:DataLinkMinutes.</summary>
internal sealed class DataExportLinks(ExpiringTokens tokens, IOptions<DashboardOptions> options, PublicUrl publicUrl) : IDataExportLinks
{
    private const string Purpose = "CoachBot.PersonalDataExport";

    public TimeSpan Lifetime => TimeSpan.FromMinutes(options.Value.DataLinkMinutes);

    public string Create(IReadOnlyList<ChatAccount> accounts) =>
        $"{publicUrl.Base()}/api/my-data/{tokens.Create(Purpose, accounts, Lifetime)}";

    /// <summary>The accounts the token was made for, or null when it is forged, tampered with or expired.</summary>
    public IReadOnlyList<ChatAccount>? Read(string token) => tokens.Read<List<ChatAccount>>(Purpose, token);
}

using CoachBot.Host.Security;
using CoachBot.Storage;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace CoachBot.Host.Storage;

internal static class DataProtectionSetup
{
    /// <summary>The name every instance protects under: by default it is the content root path, which differs between machines.</summary>
    public const string ApplicationName = "CoachBot";

    /// <summary>
    /// The keys that sign and encrypt the sign-in cookie, antiforgery tokens and chart/"my data" links are kept in the
    /// database, so every instance on it reads and makes the same ones, and a restart or a new machine keeps them. With a
    /// certificate configured (<see cref="DataProtectionCertificate"/>) the keys are stored encrypted with it.
    /// </summary>
    public static IServiceCollection AddSharedDataProtection(this IServiceCollection services, IConfiguration configuration)
    {
        // The key repository asks for the context in a scope of its own; the stores use the pooled factory.
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<CoachBotDbContext>>().CreateDbContext());
        var protection = services.AddDataProtection().SetApplicationName(ApplicationName).PersistKeysToDbContext<CoachBotDbContext>();
        if (DataProtectionCertificate.Load(configuration) is { } certificate)
        {
            // Decrypting looks the certificate up in the machine's store unless it is given here, and on Linux it is not there.
            protection.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
        }

        return services;
    }
}

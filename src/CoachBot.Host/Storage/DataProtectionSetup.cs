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
    /// database, so every instance on it reads and makes the same ones, and a restart or a new machine keeps them.
    /// </summary>
    public static IServiceCollection AddSharedDataProtection(this IServiceCollection services)
    {
        // The key repository asks for the context in a scope of its own; the stores use the pooled factory.
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<CoachBotDbContext>>().CreateDbContext());
        services.AddDataProtection().SetApplicationName(ApplicationName).PersistKeysToDbContext<CoachBotDbContext>();
        return services;
    }
}

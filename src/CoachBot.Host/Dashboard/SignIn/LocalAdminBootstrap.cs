using CoachBot.Core.People;
using Microsoft.Extensions.Options;

namespace CoachBot.Host.Dashboard.SignIn;

/// <summary>On the first start without Entra ID, creates the "admin" sign-in with a one-time password that expires, and prints it once.</summary>
internal static class LocalAdminBootstrap
{
    public static async Task EnsureAdminAsync(IServiceProvider services, TextWriter console, CancellationToken ct = default)
    {
        var logins = services.GetRequiredService<ILocalLoginStore>();
        var hours = services.GetRequiredService<IOptions<DashboardOptions>>().Value.OneTimePasswordHours;
        var expires = services.GetRequiredService<TimeProvider>().GetUtcNow().AddHours(hours);
        var password = PasswordHash.NewOneTimePassword();
        if (!await logins.TryAddAsync(new LocalLogin(LocalLogin.Admin, PasswordHash.Create(password), MustChangePassword: true, OneTimeExpires: expires), ct))
        {
            return;
        }

        // Written to the console, never to the log: log sinks keep what they are given.
        await console.WriteLineAsync($"""

            ==== CoachBot dashboard: first start ====
            Sign in at /signin as "admin" with this one-time password: {password}
            It works until {expires:yyyy-MM-dd HH:mm} UTC ({hours} hours).
            You choose your own password right after. Lost it? Run: coachbot set-password admin
            =========================================

            """);
        await console.FlushAsync(ct);
    }
}

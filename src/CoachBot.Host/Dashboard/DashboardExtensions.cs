using CoachBot.Core.Reports;
using CoachBot.Host.Authoring;
using CoachBot.Host.Dashboard.SignIn;
using CoachBot.Host.Storage;

namespace CoachBot.Host.Dashboard;

internal static class DashboardExtensions
{
    /// <summary>Reports for chat and the web, sign-in, "my data" links, and erasure.</summary>
    public static IServiceCollection AddDashboard(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DashboardOptions>().BindConfiguration(DashboardOptions.SectionName)
            .Validate(o => o.OneTimePasswordHours > 0 && o.SignInAbsoluteHours > 0, "Dashboard:OneTimePasswordHours and Dashboard:SignInAbsoluteHours must be positive.")
            .ValidateOnStart();
        services.AddOptions<PrivacyOptions>().BindConfiguration(PrivacyOptions.SectionName)
            .Validate(o => o.AnswerRetentionDays is null or > 0, "Privacy:AnswerRetentionDays must be a positive number of days, or empty to keep answers.")
            .ValidateOnStart();
        services.AddSharedDataProtection(configuration);
        services.AddSingleton<PublicUrl>();
        services.AddSingleton<ExpiringTokens>();
        services.AddSingleton<DataExportLinks>();
        services.AddSingleton<ChartLinks>();
        services.AddSingleton<IChartLinks>(sp => sp.GetRequiredService<ChartLinks>());
        services.AddSingleton<IDataExportLinks>(sp => sp.GetRequiredService<DataExportLinks>());
        services.AddSingleton<ReportService>();
        services.AddSingleton<AnswerReports>();
        services.AddSingleton<DashboardLanguage>();
        services.AddTransient<CoachBot.Core.Coaching.ICommandHandler, ReportCommands>();
        services.AddAuthoring();
        return services.AddDashboardSignIn(configuration);
    }

    public static WebApplication MapDashboard(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        var entra = SignInExtensions.UsesEntra(app.Configuration);
        if (!entra)
        {
            app.MapLocalSignIn();
        }
        else
        {
            app.MapGet("/signin", (string? returnUrl) => Results.Challenge(new Microsoft.AspNetCore.Authentication.AuthenticationProperties { RedirectUri = SignInForms.LocalPathOrDashboard(returnUrl) }));
        }

        app.MapSignOut(entra);

        app.MapReports();
        app.MapPrivacy();
        app.MapAuthoring();
        app.MapGet("/api/charts/{token}", ChartLinks.ServeAsync);
        return app;
    }
}

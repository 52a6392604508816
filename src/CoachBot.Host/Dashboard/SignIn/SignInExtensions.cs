using CoachBot.Core.People;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Identity.Web;

namespace CoachBot.Host.Dashboard.SignIn;

internal static class SignInExtensions
{
    public const string EntraSection = "AzureAd";

    public static bool UsesEntra(IConfiguration configuration) => !string.IsNullOrWhiteSpace(configuration[$"{EntraSection}:ClientId"]);

    /// <summary>
    /// With AzureAd:ClientId set, OpenID Connect with Microsoft Entra ID, the signed-in user matched to a person by e-mail;
    /// otherwise local sign-ins ("admin" and people given a password) with a cookie.
    /// </summary>
    public static IServiceCollection AddDashboardSignIn(this IServiceCollection services, IConfiguration configuration)
    {
        var entra = UsesEntra(configuration);
        var auth = services.AddAuthentication(o =>
        {
            o.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
            o.DefaultChallengeScheme = entra ? OpenIdConnectDefaults.AuthenticationScheme : CookieAuthenticationDefaults.AuthenticationScheme;
        });
        if (entra)
        {
            auth.AddMicrosoftIdentityWebApp(configuration.GetSection(EntraSection));
            services.Configure<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme, o =>
            {
                var previous = o.Events.OnTokenValidated;
                o.Events.OnTokenValidated = async context =>
                {
                    await previous(context);
                    var email = context.Principal?.FindFirst("preferred_username")?.Value ?? context.Principal?.FindFirst("email")?.Value;
                    var directory = context.HttpContext.RequestServices.GetRequiredService<IPeopleDirectory>();
                    if (email is null || await directory.FindByEmailAsync(email, context.HttpContext.RequestAborted) is not { } person)
                    {
                        context.Fail("You are signed in with Microsoft, but your e-mail address is not in the CoachBot directory. Ask HR to import you.");
                        return;
                    }

                    context.Principal = DashboardClaims.Principal(person.Id, person.Name, mustChangePassword: false, CookieAuthenticationDefaults.AuthenticationScheme,
                        context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow());
                };
            });
        }
        else
        {
            auth.AddCookie();
        }

        services.Configure<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme, o =>
        {
            o.LoginPath = "/signin";
            o.Cookie.Name = "coachbot.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.Events.OnRedirectToLogin = context => Refuse(context, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = context => Refuse(context, StatusCodes.Status403Forbidden);
            o.Events.OnValidatePrincipal = SignInValidation.ValidateAsync;
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "coachbot.antiforgery";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddAuthorization();
        return services;
    }

    /// <summary>APIs answer 401/403; pages go to the sign-in page.</summary>
    private static Task Refuse(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            return context.Response.WriteAsJsonAsync(new { error = status == 401 ? "Sign in first (/signin)." : "Your role does not allow this." });
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}

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
    /// With AzureAd:ClientId set, OpenID Connect with Microsoft Entra ID, the signed-in user matched to a person by their
    /// account's tenant and object ids (by e-mail only at the first sign-in, see <see cref="EntraPeople"/>);
    /// otherwise local sign-ins ("admin" and people given a password) with a cookie.
    /// </summary>
    public static IServiceCollection AddDashboardSignIn(this IServiceCollection services, IConfiguration configuration)
    {
        var entra = UsesEntra(configuration);
        // Behind a TLS proxy the request is HTTPS once its X-Forwarded-Proto is believed (ForwardedHeaders); a public https
        // address says so whatever the proxy sends.
        var secure = configuration["Dashboard:PublicUrl"]?.StartsWith("https://", StringComparison.OrdinalIgnoreCase) == true
            ? CookieSecurePolicy.Always
            : CookieSecurePolicy.SameAsRequest;
        services.AddSingleton<EntraPeople>();
        var auth = services.AddAuthentication(o =>
        {
            o.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
            o.DefaultChallengeScheme = entra ? OpenIdConnectDefaults.AuthenticationScheme : CookieAuthenticationDefaults.AuthenticationScheme;
        });
        if (entra)
        {
            auth.AddMicrosoftIdentityWebApp(configuration.GetSection(EntraSection));
            services.AddSingleton<EntraSignInStamps>();
            services.Configure<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme, o =>
            {
                var previous = o.Events.OnTokenValidated;
                o.Events.OnTokenValidated = async context =>
                {
                    await previous(context);
                    var services = context.HttpContext.RequestServices;
                    var ct = context.HttpContext.RequestAborted;
                    var (person, refusal) = await services.GetRequiredService<EntraPeople>().MatchAsync(context.Principal ?? new System.Security.Claims.ClaimsPrincipal(), ct);
                    if (person is null)
                    {
                        EntraRefusal.Remember(context.HttpContext, refusal!);
                        context.Fail(refusal!);
                        return;
                    }

                    var stamp = await services.GetRequiredService<EntraSignInStamps>().CurrentAsync(person.Id, ct);
                    context.Principal = DashboardClaims.Principal(person.Id, person.Name, mustChangePassword: false, CookieAuthenticationDefaults.AuthenticationScheme,
                        services.GetRequiredService<TimeProvider>().GetUtcNow(), stamp, viaEntra: true);
                };
                o.Events.OnRemoteFailure = EntraRefusal.ShowAsync;
                var redirect = o.Events.OnRedirectToIdentityProvider;
                o.Events.OnRedirectToIdentityProvider = context =>
                {
                    if (!context.Request.Path.StartsWithSegments("/api"))
                    {
                        return redirect(context);
                    }

                    // An API call without a sign-in is answered, not sent to Microsoft's sign-in page (fetch cannot follow it there).
                    context.HandleResponse();
                    var t = context.HttpContext.RequestServices.GetRequiredService<DashboardLanguage>().For(context.HttpContext);
                    return Http.ApiError.Create(StatusCodes.Status401Unauthorized, t.Text("dashboard.error.sign-in-first")).ExecuteAsync(context.HttpContext);
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
            o.Cookie.SecurePolicy = secure;
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
            o.Cookie.SecurePolicy = secure;
        });
        services.AddAuthorization();
        return services;
    }

    /// <summary>APIs answer 401/403; pages go to the sign-in page.</summary>
    private static Task Refuse(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            var t = context.HttpContext.RequestServices.GetRequiredService<DashboardLanguage>().For(context.HttpContext);
            return Http.ApiError.Create(status, t.Text(status == 401 ? "dashboard.error.sign-in-first" : "dashboard.error.role")).ExecuteAsync(context.HttpContext);
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}

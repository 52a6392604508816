using System.Threading.RateLimiting;
using CoachBot.Host.Dashboard.SignIn;
using Microsoft.Extensions.Options;

namespace CoachBot.Host.Security;

/// <summary>
/// Per client IP on every way in, and per signed-in person on reports and exports, in one place by path; per chat person
/// in each channel (<see cref="PersonRateLimiter"/>). A refused request gets 429 with Retry-After.
/// </summary>
internal static class RateLimitExtensions
{
    public static IServiceCollection AddRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<PersonRateLimiter>();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
                Limit(http, http.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value) is { } limit
                    ? RateLimitPartition.GetFixedWindowLimiter(limit.Key, _ => PerMinute(limit.PerMinute))
                    : RateLimitPartition.GetNoLimiter(""));
            o.OnRejected = (context, _) =>
            {
                var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
                return new ValueTask(TooManyRequests.After(context.HttpContext.Response, wait).ExecuteAsync(context.HttpContext));
            };
        });
        return services;
    }

    /// <summary>After authentication, so that exports are counted per signed-in person.</summary>
    public static WebApplication UseRateLimits(this WebApplication app)
    {
        app.UseRateLimiter();
        return app;
    }

    private static (string Key, int PerMinute)? Limit(HttpContext http, RateLimitOptions limits)
    {
        var path = http.Request.Path;
        var ip = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var viewer = http.User.FindFirst(DashboardClaims.Login)?.Value;
        return path switch
        {
            _ when path.StartsWithSegments("/api/messages") || path.StartsWithSegments("/api/webchat") => ("chat:" + ip, limits.ChatPerIpPerMinute),
            _ when path.StartsWithSegments("/slack") => ("slack:" + ip, limits.SlackPerIpPerMinute),
            _ when path.StartsWithSegments("/signin") && HttpMethods.IsPost(http.Request.Method) => ("signin:" + ip, limits.SignInPerIpPerMinute),
            _ when path.StartsWithSegments("/api/reports") || path.StartsWithSegments("/api/my-data") || path.StartsWithSegments("/api/charts") =>
                ("exports:" + (viewer is null ? "ip:" + ip : "person:" + viewer), limits.ExportsPerMinute),
            _ => null,
        };
    }

    private static FixedWindowRateLimiterOptions PerMinute(int permits) => new() { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 };
}

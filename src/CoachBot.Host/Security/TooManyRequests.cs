using System.Globalization;
using CoachBot.Host.Http;

namespace CoachBot.Host.Security;

/// <summary>429 with Retry-After in whole seconds, and the wait in the body.</summary>
internal static class TooManyRequests
{
    public static IResult After(HttpResponse response, TimeSpan wait)
    {
        var seconds = SetRetryAfter(response, wait);
        return ApiError.Create(StatusCodes.Status429TooManyRequests, $"Too many requests: try again in {seconds} s.");
    }

    public static int SetRetryAfter(HttpResponse response, TimeSpan wait)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return seconds;
    }
}

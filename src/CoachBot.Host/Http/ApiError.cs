namespace CoachBot.Host.Http;

/// <summary>Every refused request answers {"error": "reason"} with its status code.</summary>
internal static class ApiError
{
    public static IResult Create(int status, string message) => Results.Json(new { error = message }, statusCode: status);
}

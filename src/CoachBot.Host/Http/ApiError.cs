using Microsoft.AspNetCore.WebUtilities;

namespace CoachBot.Host.Http;

/// <summary>
/// Every refused request answers RFC 9457 problem details (application/problem+json): the status's <c>title</c>, the
/// reason a person reads in <c>detail</c>, and for a form field by field in <c>errors</c>.
/// </summary>
internal static class ApiError
{
    public static IResult Create(int status, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: ReasonPhrases.GetReasonPhrase(status));

    /// <summary>A form refused for its fields: <c>errors</c> maps each field to its problems.</summary>
    public static IResult Fields(string detail, IDictionary<string, string[]> errors, IDictionary<string, object?>? extensions = null) =>
        TypedResults.ValidationProblem(errors, detail: detail, title: ReasonPhrases.GetReasonPhrase(StatusCodes.Status400BadRequest), extensions: extensions);
}

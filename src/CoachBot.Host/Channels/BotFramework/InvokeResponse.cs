using System.Text.Json.Nodes;

namespace CoachBot.Host.Channels.BotFramework;

/// <summary>The synchronous answer to an invoke activity: HTTP status, and the body the client reads.</summary>
internal sealed record InvokeResponse(int HttpStatus, JsonObject? Body)
{
    public static InvokeResponse Card(JsonObject card) => new(200, new JsonObject
    {
        ["statusCode"] = 200,
        ["type"] = AdaptiveCards.ContentType,
        ["value"] = card,
    });

    public static InvokeResponse Message(string text) => new(200, new JsonObject
    {
        ["statusCode"] = 200,
        ["type"] = "application/vnd.microsoft.activity.message",
        ["value"] = text,
    });

    public static InvokeResponse BadRequest(string code, string message) => new(200, new JsonObject
    {
        ["statusCode"] = 400,
        ["type"] = "application/vnd.microsoft.error",
        ["value"] = new JsonObject { ["code"] = code, ["message"] = message },
    });

    public static readonly InvokeResponse NotImplemented = new(501, null);
}

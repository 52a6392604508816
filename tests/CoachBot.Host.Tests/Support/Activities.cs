using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CoachBot.Host.Tests.Support;

/// <summary>Builds Bot Framework activities as the Emulator and Agents Playground send them.</summary>
public static class Activities
{
    private static int _next;

    public static JsonObject Message(string text, string user = "user-1", string conversation = "conv-1", bool expectReplies = true, string serviceUrl = "http://localhost:9/")
    {
        var activity = Base("message", user, conversation, serviceUrl);
        activity["text"] = text;
        if (expectReplies)
        {
            activity["deliveryMode"] = "expectReplies";
        }

        return activity;
    }

    public static JsonObject Button(string action, string user = "user-1", string conversation = "conv-1")
    {
        var activity = Base("message", user, conversation, "http://localhost:9/");
        activity["value"] = new JsonObject { ["action"] = action };
        activity["deliveryMode"] = "expectReplies";
        return activity;
    }

    public static JsonObject Base(string type, string user, string conversation, string serviceUrl) => new()
    {
        ["type"] = type,
        ["id"] = $"act-{Interlocked.Increment(ref _next)}",
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
        ["channelId"] = "emulator",
        ["serviceUrl"] = serviceUrl,
        ["from"] = new JsonObject { ["id"] = user, ["name"] = "Test User" },
        ["recipient"] = new JsonObject { ["id"] = "coachbot", ["name"] = "CoachBot" },
        ["conversation"] = new JsonObject { ["id"] = conversation },
        ["locale"] = "en-GB",
    };

    /// <summary>What a person reads: the text, or for a card reply the card's plain-text fallback.</summary>
    public static string TextOf(JsonNode? activity) =>
        activity?["text"]?.GetValue<string>() ?? activity?["attachments"]?[0]?["content"]?["fallbackText"]?.GetValue<string>() ?? "";

    /// <summary>POSTs an activity with expectReplies and returns the bot's reply activities.</summary>
    public static async Task<JsonArray> SendAsync(this HttpClient client, JsonObject activity)
    {
        var response = await client.PostAsJsonAsync("/api/messages", activity);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        return body!["activities"]!.AsArray();
    }
}

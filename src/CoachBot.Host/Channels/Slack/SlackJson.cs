using System.Text.Json;
using System.Text.Json.Nodes;

namespace CoachBot.Host.Channels.Slack;

/// <summary>Parses what Slack (or anyone pretending to be it) sends: a JSON object, or null; never an exception later.</summary>
internal static class SlackJson
{
    public static JsonObject? ParseObject(string? json)
    {
        try
        {
            if (string.IsNullOrEmpty(json) || JsonNode.Parse(json) is not JsonObject parsed)
            {
                return null;
            }

            // JsonObject builds its dictionary lazily and throws there on a duplicate key: make it happen here.
            _ = parsed.Count;
            return parsed;
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException)
        {
            return null;
        }
    }
}

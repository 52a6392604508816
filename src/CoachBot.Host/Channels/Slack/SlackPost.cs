using System.Text.Json;
using System.Text.Json.Nodes;
using CoachBot.Core.Coaching;

namespace CoachBot.Host.Channels.Slack;

/// <summary>
/// One reply as Slack takes it: into a DM or a thread, or, with <see cref="EphemeralFor"/>, seen only by that person in a
/// channel. Kept as JSON while it waits for redelivery.
/// </summary>
internal sealed record SlackPost(string Channel, string? Thread, string? EphemeralFor, string Text, string BlocksJson)
{
    public static SlackPost Of(BotReply reply, string channel, string? thread = null, string? ephemeralFor = null)
    {
        var (text, blocks) = SlackBlocks.Render(reply);
        return new SlackPost(channel, thread, ephemeralFor, text, blocks.ToJsonString());
    }

    public JsonArray Blocks() => JsonNode.Parse(BlocksJson)!.AsArray();

    public string ToJson() => JsonSerializer.Serialize(this);

    public static SlackPost FromJson(string json) => JsonSerializer.Deserialize<SlackPost>(json)!;
}

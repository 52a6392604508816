using System.Text.Json;
using System.Text.Json.Nodes;
using CoachBot.Core.Coaching;

namespace CoachBot.Host.Channels.Slack;

/// <summary>
/// One reply as Slack takes it: into a DM or a thread, or, with <see cref="EphemeralFor"/>, seen only by that person in a
/// channel. Kept as JSON while it waits for redelivery. <see cref="ReplyId"/> goes with it as message metadata, so that a
/// redelivery can see whether Slack had taken an earlier try after all.
/// </summary>
internal sealed record SlackPost(string Channel, string? Thread, string? EphemeralFor, string Text, string BlocksJson, string? ReplyId = null)
{
    public const string MetadataEvent = "coachbot_reply";

    public static SlackPost Of(BotReply reply, string channel, string? thread = null, string? ephemeralFor = null)
    {
        var (text, blocks) = SlackBlocks.Render(reply);
        return new SlackPost(channel, thread, ephemeralFor, text, blocks.ToJsonString(), Guid.NewGuid().ToString("N"));
    }

    public JsonArray Blocks() => JsonNode.Parse(BlocksJson)!.AsArray();

    /// <summary>Message metadata naming the reply; ephemeral messages take none.</summary>
    public JsonObject? Metadata() => ReplyId is null || EphemeralFor is not null ? null : new JsonObject
    {
        ["event_type"] = MetadataEvent,
        ["event_payload"] = new JsonObject { ["reply_id"] = ReplyId },
    };

    public string ToJson() => JsonSerializer.Serialize(this);

    public static SlackPost FromJson(string json) => JsonSerializer.Deserialize<SlackPost>(json)!;
}

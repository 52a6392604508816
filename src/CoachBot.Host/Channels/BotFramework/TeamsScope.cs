using System.Text.Json;

namespace CoachBot.Host.Channels.BotFramework;

/// <summary>Reads where an activity happened (personal chat, group chat, channel) and whether it speaks to the bot.</summary>
internal static class TeamsScope
{
    public static bool IsPersonal(Activity activity) =>
        activity.Conversation?.ConversationType is null or "personal" && activity.Conversation?.IsGroup != true;

    /// <summary>In a channel or group chat the bot answers only when mentioned (or when its own button is pressed).</summary>
    public static bool IsAddressedToBot(Activity activity) =>
        IsPersonal(activity)
        || activity.Value is { ValueKind: JsonValueKind.Object }
        || activity.Text?.Contains("<at>", StringComparison.OrdinalIgnoreCase) == true
        || activity.Entities?.Any(e => IsMentionOf(e, activity.Recipient?.Id)) == true;

    public static string? TenantId(Activity activity) =>
        activity.Conversation?.TenantId
        ?? (activity.ChannelData is { ValueKind: JsonValueKind.Object } data
            && data.TryGetProperty("tenant", out var tenant) && tenant.ValueKind == JsonValueKind.Object
            && tenant.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null);

    private static bool IsMentionOf(JsonElement entity, string? botId) =>
        botId is not null && entity.ValueKind == JsonValueKind.Object
        && entity.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == "mention"
        && entity.TryGetProperty("mentioned", out var mentioned) && mentioned.ValueKind == JsonValueKind.Object
        && mentioned.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() == botId;
}

using System.Text.Json;
using System.Text.RegularExpressions;
using CoachBot.Core.Coaching;

namespace CoachBot.Host.Channels.BotFramework;

/// <summary>What to do with one (already authenticated) activity: Core's replies, and an invoke response if one is owed.</summary>
internal sealed record ActivityOutcome(IReadOnlyList<BotReply> Replies, InvokeResponse? Invoke = null);

/// <summary>Translates activities into Core calls, remembers conversation references, welcomes each person once.</summary>
internal sealed partial class ActivityHandler(CoachingService coaching, IConversationReferenceStore references, PrivateReplies privately, TimeProvider time)
{
    public async Task<ActivityOutcome> HandleAsync(Activity activity, ActivityOrigin origin, CancellationToken ct)
    {
        await RememberAsync(activity, origin, ct);
        return activity.Type switch
        {
            ActivityTypes.Message when TeamsScope.IsAddressedToBot(activity) => new(await privately.RouteAsync(activity, origin,
                await coaching.HandleAsync(new IncomingMessage(origin.AddressOf(activity), StripMentions(activity.Text), ActionOf(activity.Value), activity.From!.Name) { Locale = activity.Locale }, ct), ct)),
            ActivityTypes.ConversationUpdate or ActivityTypes.InstallationUpdate => new(await WelcomeAsync(activity, origin, ct)),
            ActivityTypes.Invoke when activity.Name == ActivityTypes.AdaptiveCardAction => await CardActionAsync(activity, origin, ct),
            ActivityTypes.Invoke => new([], InvokeResponse.NotImplemented),
            _ => new([]),
        };
    }

    private async Task<ActivityOutcome> CardActionAsync(Activity activity, ActivityOrigin origin, CancellationToken ct)
    {
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value || !value.TryGetProperty("action", out var action) || action.ValueKind != JsonValueKind.Object)
        {
            return new([], InvokeResponse.BadRequest("BadRequest", "value.action is missing"));
        }

        if (!action.TryGetProperty("type", out var type) || type.GetString() != "Action.Execute")
        {
            return new([], InvokeResponse.BadRequest("NotSupported", "only Action.Execute is supported"));
        }

        var verb = (action.TryGetProperty("data", out var data) ? ActionOf(data) : null)
            ?? (action.TryGetProperty("verb", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null);
        var replies = await privately.RouteAsync(activity, origin,
            await coaching.HandleAsync(new IncomingMessage(origin.AddressOf(activity), null, verb ?? "help", activity.From!.Name) { Locale = activity.Locale }, ct), ct);
        var first = replies[0];
        var invoke = AdaptiveCards.Render(first) is { } card ? InvokeResponse.Card(card) : InvokeResponse.Message(first.Text);
        return new(replies.Skip(1).ToList(), invoke);
    }

    private async Task<IReadOnlyList<BotReply>> WelcomeAsync(Activity activity, ActivityOrigin origin, CancellationToken ct)
    {
        var botAdded = activity.MembersAdded?.Any(m => m.Id == activity.Recipient?.Id) == true || activity.Action is "add" or "add-upgrade";
        if (!TeamsScope.IsPersonal(activity))
        {
            return botAdded && activity.Action != "add-upgrade" ? [coaching.Welcome(activity.Locale)] : [];
        }

        var person = activity.MembersAdded?.FirstOrDefault(m => m.Id != activity.Recipient?.Id)?.Id ?? (botAdded ? activity.From?.Id : null);
        return person is not null && await references.TryMarkWelcomedAsync(origin.ChannelOf(activity), person, time.GetUtcNow(), ct) ? [coaching.Welcome(activity.Locale)] : [];
    }

    private async Task RememberAsync(Activity activity, ActivityOrigin origin, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var channel = origin.ChannelOf(activity);
        var vouched = origin.Authenticated;
        var tenant = TeamsScope.TenantId(activity);
        var personal = TeamsScope.IsPersonal(activity);
        var user = new ConversationReference(channel, ReferenceScope.User, activity.From!.Id!, personal ? activity.Conversation!.Id : null,
            activity.ServiceUrl, tenant, activity.Recipient?.Id, activity.Recipient?.Name, activity.From.Name, vouched, now);
        await references.SaveAsync(user, ct);
        if (personal)
        {
            return;
        }

        var conversation = new ConversationReference(channel, ReferenceScope.Conversation, activity.Conversation!.Id!, activity.Conversation.Id,
            activity.ServiceUrl, tenant, activity.Recipient?.Id, activity.Recipient?.Name, activity.Conversation.Name, vouched, now);
        await references.SaveAsync(conversation, ct);
    }

    /// <summary>A pressed Action.Submit button arrives as a message whose value is the button's data.</summary>
    private static string? ActionOf(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.Object } v && v.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.String
            ? action.GetString()
            : null;

    private static string? StripMentions(string? text) => text is null ? null : Mention().Replace(text, "").Trim();

    [GeneratedRegex("<at>.*?</at>", RegexOptions.IgnoreCase)]
    private static partial Regex Mention();
}

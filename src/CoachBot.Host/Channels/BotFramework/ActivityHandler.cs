using System.Text.Json;
using System.Text.RegularExpressions;
using CoachBot.Core.Coaching;

namespace CoachBot.Host.Channels.BotFramework;

/// <summary>What to do with one (already authenticated) activity: Core's replies, and an invoke response if one is owed.</summary>
internal sealed record ActivityOutcome(IReadOnlyList<BotReply> Replies, InvokeResponse? Invoke = null);

/// <summary>Translates activities into Core calls, remembers conversation references, welcomes each person once.</summary>
internal sealed partial class ActivityHandler(CoachingService coaching, IConversationReferenceStore references, TimeProvider time)
{
    public async Task<ActivityOutcome> HandleAsync(Activity activity, bool serviceUrlVouched, CancellationToken ct)
    {
        await RememberAsync(activity, serviceUrlVouched, ct);
        return activity.Type switch
        {
            ActivityTypes.Message when TeamsScope.IsAddressedToBot(activity) =>
                new(await coaching.HandleAsync(new IncomingMessage(Address(activity), StripMentions(activity.Text), ActionOf(activity.Value), activity.From!.Name), ct)),
            ActivityTypes.ConversationUpdate or ActivityTypes.InstallationUpdate => new(await WelcomeAsync(activity, ct)),
            ActivityTypes.Invoke when activity.Name == ActivityTypes.AdaptiveCardAction => await CardActionAsync(activity, ct),
            ActivityTypes.Invoke => new([], InvokeResponse.NotImplemented),
            _ => new([]),
        };
    }

    private async Task<ActivityOutcome> CardActionAsync(Activity activity, CancellationToken ct)
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
        var replies = await coaching.HandleAsync(new IncomingMessage(Address(activity), null, verb ?? "help", activity.From!.Name), ct);
        var first = replies[0];
        var invoke = AdaptiveCards.Render(first) is { } card ? InvokeResponse.Card(card) : InvokeResponse.Message(first.Text);
        return new(replies.Skip(1).ToList(), invoke);
    }

    private async Task<IReadOnlyList<BotReply>> WelcomeAsync(Activity activity, CancellationToken ct)
    {
        var botAdded = activity.MembersAdded?.Any(m => m.Id == activity.Recipient?.Id) == true || activity.Action is "add" or "add-upgrade";
        if (!TeamsScope.IsPersonal(activity))
        {
            return botAdded && activity.Action != "add-upgrade" ? [coaching.Welcome()] : [];
        }

        var person = activity.MembersAdded?.FirstOrDefault(m => m.Id != activity.Recipient?.Id)?.Id ?? (botAdded ? activity.From?.Id : null);
        return person is not null && await references.TryMarkWelcomedAsync(activity.ChannelId!, person, time.GetUtcNow(), ct) ? [coaching.Welcome()] : [];
    }

    private async Task RememberAsync(Activity activity, bool vouched, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var tenant = TeamsScope.TenantId(activity);
        var personal = TeamsScope.IsPersonal(activity);
        var user = new ConversationReference(activity.ChannelId!, ReferenceScope.User, activity.From!.Id!, personal ? activity.Conversation!.Id : null,
            activity.ServiceUrl, tenant, activity.Recipient?.Id, activity.Recipient?.Name, activity.From.Name, vouched, now);
        await references.SaveAsync(user, ct);
        if (personal)
        {
            return;
        }

        var conversation = new ConversationReference(activity.ChannelId!, ReferenceScope.Conversation, activity.Conversation!.Id!, activity.Conversation.Id,
            activity.ServiceUrl, tenant, activity.Recipient?.Id, activity.Recipient?.Name, activity.Conversation.Name, vouched, now);
        await references.SaveAsync(conversation, ct);
    }

    private static ChatAddress Address(Activity activity) => new(activity.ChannelId!, activity.Conversation!.Id!, activity.From!.Id!);

    /// <summary>A pressed Action.Submit button arrives as a message whose value is the button's data.</summary>
    private static string? ActionOf(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.Object } v && v.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.String
            ? action.GetString()
            : null;

    private static string? StripMentions(string? text) => text is null ? null : Mention().Replace(text, "").Trim();

    [GeneratedRegex("<at>.*?</at>", RegexOptions.IgnoreCase)]
    private static partial Regex Mention();
}

using CoachBot.Core.Coaching;
using CoachBot.Core.Content;
using Microsoft.Extensions.Logging;

namespace CoachBot.Core.Scheduling;

/// <summary>
/// Delivers one claimed prompt through the person's platform and opens its scenario in their conversation, so their
/// reply is scored; a prompt for a channel is posted there once.
/// </summary>
public sealed partial class ClaimedPromptDelivery(
    ContentPack content,
    INudgeStore schedules,
    INudgeDeliveryLog deliveries,
    ICoachingStore coaching,
    IEnumerable<IMessageSender> senders,
    TimeProvider time,
    ILogger<ClaimedPromptDelivery> logger,
    People.IPeopleDirectory? directory = null,
    Texts.IUserLanguageStore? languages = null,
    CoachingOptions? coachingOptions = null,
    IEnumerable<Texts.IPlatformLocale>? platforms = null,
    IPracticeChoiceStore? practiceChoices = null,
    Spacing.IScenarioHistory? history = null)
{
    private readonly Spacing.ScenarioSpacing _spacing = new(coaching, time, history, directory);
    private readonly Texts.LanguageChooser _languages = new(content.Texts, languages, time, coachingOptions?.DefaultLanguage, directory, platforms);

    public async Task DeliverAsync(Guid deliveryId, CancellationToken ct)
    {
        var delivery = await deliveries.GetAsync(deliveryId, ct);
        if (delivery is null || delivery.Status is NudgeDeliveryStatus.Sent or NudgeDeliveryStatus.Unreachable)
        {
            return; // a retry after success, or a person the platform refused
        }

        var schedule = await schedules.GetAsync(delivery.ScheduleId, ct);
        var sender = senders.FirstOrDefault(s => s.ChannelId == schedule?.ChannelId);
        if (schedule is null || sender is null)
        {
            await deliveries.MarkAsync(deliveryId, NudgeDeliveryStatus.Unreachable, schedule is null ? "schedule deleted" : $"{schedule.ChannelId} cannot send proactive messages", null, ct);
            return;
        }

        var recipient = schedule.Recipients.FirstOrDefault(r => r.UserId == delivery.UserId);
        if (recipient?.IsConversation == true)
        {
            await DeliverToConversationAsync(deliveryId, schedule, sender, delivery.UserId, ct);
            return;
        }

        await DeliverToPersonAsync(delivery, schedule, sender, ct);
    }

    public Task MarkFailedAsync(Guid deliveryId, string reason, CancellationToken ct) =>
        deliveries.MarkAsync(deliveryId, NudgeDeliveryStatus.Failed, reason, null, ct);

    private async Task DeliverToPersonAsync(NudgeDelivery delivery, NudgeSchedule schedule, IMessageSender sender, CancellationToken ct)
    {
        // Marked "sending" first: a delivery found in that state was interrupted (a crash, a failed attempt), and the
        // platform is asked whether the post arrived before it is sent again.
        var found = delivery.Status == NudgeDeliveryStatus.Sending
            ? await sender.FindPromptAsync(delivery.UserId, delivery.Id, time.GetUtcNow() - WeeklyRule.CatchUpWindow, ct)
            : null;
        if (delivery.Status == NudgeDeliveryStatus.Pending && !await deliveries.TryMarkSendingAsync(delivery.Id, ct))
        {
            return; // another job has it
        }

        var scenario = found?.ScenarioId is { } sentId && content.FindScenario(sentId) is { } sent
            ? sent
            : await PickForAsync(schedule, delivery.UserId, ct);
        var conversation = found?.ConversationId;
        if (conversation is null)
        {
            var t = await _languages.StoredAsync(schedule.ChannelId, delivery.UserId, ct);
            var card = new Replies(content).Scenario(t, scenario);
            var result = await sender.SendToUserAsync(delivery.UserId, card with { Text = t.Text("prompt.today") + "\n\n" + card.Text, Tag = new PromptTag(delivery.Id, scenario.Id) }, ct);
            if (result.UnreachableReason is { } reason)
            {
                LogUnreachable(delivery.UserId, schedule.Id, reason);
                await deliveries.MarkAsync(delivery.Id, NudgeDeliveryStatus.Unreachable, reason, scenario.Id, ct);
                return;
            }

            conversation = result.ConversationId!;
        }

        await _spacing.GivenAsync(schedule.ChannelId, delivery.UserId, scenario.Id, ct);

        var address = new ChatAddress(schedule.ChannelId, conversation, delivery.UserId);
        var state = await coaching.GetDialogAsync(address, ct) ?? DialogState.New(address, time.GetUtcNow());
        await coaching.SaveDialogAsync(state.Open(scenario.Id, time.GetUtcNow()), ct);
        await deliveries.MarkAsync(delivery.Id, NudgeDeliveryStatus.Sent, null, scenario.Id, ct);
    }

    /// <summary>By the one spacing policy, over what the person was given and answered on all their linked accounts.</summary>
    private async Task<Scenario> PickForAsync(NudgeSchedule schedule, string userId, CancellationToken ct)
    {
        var seen = await _spacing.OfPersonAsync(schedule.ChannelId, userId, anonymous: false, state: null, ct);
        return seen.Pick(NudgeScenarioPicker.Tiers(await ContentForAsync(schedule, userId, ct), content, seen.Attempts));
    }

    /// <summary>A schedule that names no content brings a person the industry they chose to practise, when they chose one.</summary>
    private async Task<NudgeContent> ContentForAsync(NudgeSchedule schedule, string userId, CancellationToken ct) =>
        schedule.Content.Kind == NudgeContentKind.AnyScenario && practiceChoices is not null
            && await practiceChoices.GetAsync(schedule.ChannelId, userId, ct) is { Industry: { } industry }
            ? new NudgeContent(NudgeContentKind.Topic, industry)
            : schedule.Content;

    /// <summary>
    /// A channel prompt: posted once, in the language of the manager who scheduled it (a channel has no language of its own);
    /// each member who answers (the Answer button) gets it opened for them in theirs.
    /// </summary>
    private async Task DeliverToConversationAsync(Guid deliveryId, NudgeSchedule schedule, IMessageSender sender, string conversationId, CancellationToken ct)
    {
        var scenario = (await _spacing.OfChannelAsync(schedule.ChannelId, conversationId, ct)).Pick(NudgeScenarioPicker.Tiers(schedule.Content, content, []));
        var t = await _languages.StoredAsync(schedule.ChannelId, schedule.OwnerId, ct);
        var card = new Replies(content).Scenario(t, scenario);
        var result = await sender.SendToConversationAsync(conversationId, card with { Text = t.Text("prompt.team") + "\n\n" + card.Text }, ct);
        if (result.UnreachableReason is null)
        {
            await _spacing.GivenAsync(schedule.ChannelId, conversationId, scenario.Id, ct);
        }

        await deliveries.MarkAsync(deliveryId, result.UnreachableReason is null ? NudgeDeliveryStatus.Sent : NudgeDeliveryStatus.Unreachable, result.UnreachableReason, scenario.Id, ct);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Nudge for {UserId} on schedule {ScheduleId} cannot be delivered: {Reason}")]
    private partial void LogUnreachable(string userId, Guid scheduleId, string reason);
}

using System.Globalization;
using CoachBot.Core.Coaching;
using CoachBot.Core.Content;
using CoachBot.Core.People;
using Microsoft.Extensions.Logging;

namespace CoachBot.Core.Scheduling;

/// <summary>
/// Managers' scheduling commands in chat, the due check that claims each (schedule, person, local date) once,
/// and the delivery of one claimed prompt through the person's platform.
/// </summary>
public sealed partial class SchedulingService(
    ContentPack content,
    INudgeStore schedules,
    INudgeDeliveryLog deliveries,
    ICoachingStore coaching,
    IEnumerable<IMessageSender> senders,
    SchedulingOptions options,
    TimeProvider time,
    ILogger<SchedulingService> logger,
    People.IPeopleDirectory? directory = null,
    Texts.IUserLanguageStore? languages = null,
    CoachingOptions? coachingOptions = null,
    IEnumerable<Texts.IPlatformLocale>? platforms = null,
    IPracticeChoiceStore? practiceChoices = null,
    Spacing.IScenarioHistory? history = null)
{
    private readonly Spacing.ScenarioSpacing _spacing = new(coaching, time, history, directory);
    private readonly Texts.LanguageChooser _languages = new(content.Texts, languages, time, coachingOptions?.DefaultLanguage, directory, platforms);
    private readonly ScheduleRequestParser _parser = new(content.Texts);

    /// <summary>A scheduling command in any language's words; narrow on purpose: an answer that starts with "Pause…" is still an answer.</summary>
    public bool IsSchedulingCommand(string? text) => _parser.Classify(text) is not null;

    public async Task<BotReply> HandleCommandAsync(ChatAddress from, string text, CancellationToken ct)
    {
        var t = await _languages.StoredAsync(from.ChannelId, from.UserId, ct);
        return await HandleAsync(t, from, text, ct) with { Language = t.Code };
    }

    private async Task<BotReply> HandleAsync(Texts.TextCatalogue t, ChatAddress from, string text, CancellationToken ct)
    {
        var (command, argument) = _parser.Classify(text) ?? ("schedule", "");
        return command switch
        {
            "schedule" => await CreateAsync(t, from, text, ct),
            "list" => await ListAsync(t, from, ct),
            "pause" => await SetPausedAsync(t, from, argument, paused: true, ct),
            "resume" => await SetPausedAsync(t, from, argument, paused: false, ct),
            _ => await DeleteAsync(t, from, argument, ct),
        };
    }

    /// <summary>Claims every prompt due now; each returned delivery id is to be delivered exactly once.</summary>
    public async Task<IReadOnlyList<Guid>> ClaimDueAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var claimed = new List<Guid>();
        foreach (var schedule in await schedules.ListActiveAsync(ct))
        {
            foreach (var recipient in schedule.Recipients)
            {
                if (DueDate(schedule, recipient, now) is { } date
                    && await deliveries.TryClaimAsync(schedule.Id, recipient.UserId, date, now, ct) is { } id)
                {
                    claimed.Add(id);
                }
            }
        }

        return claimed;
    }

    /// <summary>Sends one claimed prompt and opens its scenario in the person's conversation, so their reply is scored.</summary>
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

        // Marked "sending" first: a delivery found in that state was interrupted (a crash, a failed attempt), and the
        // platform is asked whether the post arrived before it is sent again.
        var found = delivery.Status == NudgeDeliveryStatus.Sending
            ? await sender.FindPromptAsync(delivery.UserId, deliveryId, time.GetUtcNow() - WeeklyRule.CatchUpWindow, ct)
            : null;
        if (delivery.Status == NudgeDeliveryStatus.Pending && !await deliveries.TryMarkSendingAsync(deliveryId, ct))
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
            var result = await sender.SendToUserAsync(delivery.UserId, card with { Text = t.Text("prompt.today") + "\n\n" + card.Text, Tag = new PromptTag(deliveryId, scenario.Id) }, ct);
            if (result.UnreachableReason is { } reason)
            {
                LogUnreachable(delivery.UserId, schedule.Id, reason);
                await deliveries.MarkAsync(deliveryId, NudgeDeliveryStatus.Unreachable, reason, scenario.Id, ct);
                return;
            }

            conversation = result.ConversationId!;
        }

        await _spacing.GivenAsync(schedule.ChannelId, delivery.UserId, scenario.Id, ct);

        var address = new ChatAddress(schedule.ChannelId, conversation, delivery.UserId);
        var state = await coaching.GetDialogAsync(address, ct) ?? DialogState.New(address, time.GetUtcNow());
        await coaching.SaveDialogAsync(state.Open(scenario.Id, time.GetUtcNow()), ct);
        await deliveries.MarkAsync(deliveryId, NudgeDeliveryStatus.Sent, null, scenario.Id, ct);
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

    public Task MarkFailedAsync(Guid deliveryId, string reason, CancellationToken ct) =>
        deliveries.MarkAsync(deliveryId, NudgeDeliveryStatus.Failed, reason, null, ct);

    private DateOnly? DueDate(NudgeSchedule schedule, NudgeRecipient recipient, DateTimeOffset now)
    {
        var date = schedule.Rule.DueDate(now, Zone(recipient.TimeZoneId));
        return date is { } d && !schedule.QuietDates.Contains(d) && (schedule.EndDate is not { } end || d <= end) ? date : null;
    }

    private async Task<BotReply> CreateAsync(Texts.TextCatalogue t, ChatAddress from, string text, CancellationToken ct)
    {
        var (request, error) = _parser.Parse(text);
        if (request is null)
        {
            return new BotReply(t.Text(error!.Key, [.. error.Values, ("example", t.Text("schedule.example")), ("usage", t.Text("schedule.usage"))]));
        }

        if (from.IsAnonymous)
        {
            return new BotReply(t.Text("schedule.anonymous"));
        }

        var people = directory is null ? [] : await directory.ListAsync(ct);
        var me = people.FirstOrDefault(p => p.Accounts.Contains(new People.ChatAccount(from.ChannelId, from.UserId)));
        var team = options.TeamOf(from.ChannelId, from.UserId) ?? DirectReports(people, me, from.ChannelId);
        if (request.Audience.Contains(ScheduleRequestParser.MyTeam) && team is null)
        {
            return new BotReply(t.Text("schedule.team-unknown"));
        }

        var audience = request.Audience
            .SelectMany(a => a == ScheduleRequestParser.MyTeam ? team! : [a == ScheduleRequestParser.Me ? from.UserId : a])
            .Distinct(StringComparer.Ordinal).ToList();
        if (audience.Any(a => a != from.UserId) && !IsManager(from) && me?.Role is not (People.Role.Manager or People.Role.Hr or People.Role.Admin))
        {
            return new BotReply(t.Text("schedule.managers-only"));
        }

        if (NotMyReports(audience, from, me, people) is { Count: > 0 } strangers)
        {
            return new BotReply(t.Text("schedule.not-your-reports", ("people", string.Join(", ", strangers.Select(u => "@" + u)))));
        }

        if (request.Content.Kind == NudgeContentKind.FocusStandard && content.FindStandard(request.Content.Value!)?.IsFrontline != true)
        {
            return new BotReply(t.Text("schedule.not-a-standard", ("value", request.Content.Value), ("standards", string.Join(", ", content.FrontlineStandards.Select(s => s.Id)))));
        }

        var sender = senders.FirstOrDefault(s => s.ChannelId == from.ChannelId);
        if (sender is null)
        {
            return new BotReply(t.Text("schedule.cannot-message-first", ("channel", from.ChannelId)));
        }

        if (await ChannelsNotMineAsync(audience, from, me, sender, ct) is { Count: > 0 } channels)
        {
            return new BotReply(t.Text("schedule.not-your-channel", ("channels", string.Join(", ", channels.Select(c => "#" + c)))));
        }

        var recipients = new List<NudgeRecipient>();
        foreach (var user in audience)
        {
            recipients.Add(user.StartsWith('#')
                ? new NudgeRecipient(user[1..], options.DefaultTimeZone, IsConversation: true)
                : new NudgeRecipient(user, await sender.TimeZoneOfAsync(user, ct) ?? DirectoryTimeZone(people, from.ChannelId, user) ?? options.DefaultTimeZone));
        }

        var schedule = new NudgeSchedule(Guid.NewGuid(), from.ChannelId, from.UserId, recipients, request.Rule, request.Content, false, null, [], time.GetUtcNow());
        await schedules.AddAsync(schedule, ct);
        return new BotReply(t.Text("schedule.created", ("id", Short(schedule.Id)), ("rule", request.Rule.Describe(t)), ("content", request.Content.Describe(t)),
            ("people", t.Count("schedule.people", recipients.Count)), ("next", NextPrompts(t, schedule))).TrimEnd());
    }

    private async Task<BotReply> ListAsync(Texts.TextCatalogue t, ChatAddress from, CancellationToken ct)
    {
        var mine = await schedules.ListByOwnerAsync(from.ChannelId, from.UserId, ct);
        if (mine.Count == 0)
        {
            return new BotReply(t.Text("schedule.none", ("usage", t.Text("schedule.usage"))));
        }

        var lines = new List<string> { t.Text("schedule.list-heading") };
        foreach (var s in mine)
        {
            var unreachable = (await deliveries.ListAsync(s.Id, ct)).Where(d => d.Status == NudgeDeliveryStatus.Unreachable).Select(d => $"{d.UserId} ({d.Detail})").Distinct().ToList();
            lines.Add(t.Text("schedule.list-line", ("id", Short(s.Id)), ("rule", s.Rule.Describe(t)), ("content", s.Content.Describe(t)), ("people", t.Count("schedule.people", s.Recipients.Count)))
                + (s.Paused ? t.Text("schedule.list-paused") : "")
                + (unreachable.Count > 0 ? t.Text("schedule.list-unreachable", ("people", string.Join(", ", unreachable))) : ""));
        }

        return new BotReply(string.Join('\n', lines));
    }

    private async Task<BotReply> SetPausedAsync(Texts.TextCatalogue t, ChatAddress from, string id, bool paused, CancellationToken ct)
    {
        if (await FindOwnedAsync(from, id, ct) is not { } schedule)
        {
            return NotFound(t, id);
        }

        await schedules.UpdateAsync(schedule with { Paused = paused }, ct);
        return new BotReply(paused
            ? t.Text("schedule.paused", ("id", Short(schedule.Id)))
            : t.Text("schedule.resumed", ("id", Short(schedule.Id)), ("next", NextPrompts(t, schedule))).TrimEnd());
    }

    private async Task<BotReply> DeleteAsync(Texts.TextCatalogue t, ChatAddress from, string id, CancellationToken ct)
    {
        if (await FindOwnedAsync(from, id, ct) is not { } schedule)
        {
            return NotFound(t, id);
        }

        await schedules.DeleteAsync(schedule.Id, ct);
        return new BotReply(t.Text("schedule.deleted", ("id", Short(schedule.Id))));
    }

    private async Task<NudgeSchedule?> FindOwnedAsync(ChatAddress from, string id, CancellationToken ct) =>
        id.Length >= 4 ? (await schedules.ListByOwnerAsync(from.ChannelId, from.UserId, ct)).FirstOrDefault(s => s.Id.ToString("N").StartsWith(id.ToLowerInvariant(), StringComparison.Ordinal)) : null;

    private static BotReply NotFound(Texts.TextCatalogue t, string id) => new(t.Text("schedule.not-found", ("id", id)));

    private string NextPrompts(Texts.TextCatalogue t, NudgeSchedule schedule)
    {
        var zones = schedule.Recipients.Select(r => r.TimeZoneId).Distinct().Take(3);
        var next = zones.Select(z => schedule.Rule.Next(time.GetUtcNow(), Zone(z)) is { } at
            ? $"{at.ToString("ddd d MMM HH:mm", t.Culture)} {z}" : null).OfType<string>().ToList();
        return next.Count == 0 ? "" : t.Text("schedule.next", ("prompts", string.Join("; ", next)));
    }

    /// <summary>
    /// The people in the audience a manager may not prompt: HR and admins may prompt anyone; a manager, the people who report
    /// to them at any depth in the directory and the members of their configured team. The manager themself is fine; channels
    /// are checked by <see cref="ChannelsNotMineAsync"/>.
    /// </summary>
    private List<string> NotMyReports(List<string> audience, ChatAddress from, People.Person? me, IReadOnlyList<People.Person> people)
    {
        if (me?.Role.SeesEveryone() == true)
        {
            return [];
        }

        var visible = me is null ? null : Reports.ReportAccess.VisibleIds(new Reports.Viewer(me.Name, me.Role, me.Id), people);
        var mine = people.Where(p => p.Id != me?.Id && visible?.Contains(p.Id) == true)
            .SelectMany(p => p.Accounts.Where(a => a.ChannelId == from.ChannelId).Select(a => a.UserId))
            .Concat(options.TeamOf(from.ChannelId, from.UserId) ?? [])
            .ToHashSet(StringComparer.Ordinal);
        return audience.Where(a => a != from.UserId && !a.StartsWith('#') && !mine.Contains(a)).ToList();
    }

    /// <summary>The channels in the audience a manager is not a member of; HR and admins may prompt any.</summary>
    private static async Task<List<string>> ChannelsNotMineAsync(List<string> audience, ChatAddress from, People.Person? me, IMessageSender sender, CancellationToken ct)
    {
        var notMine = new List<string>();
        if (me?.Role.SeesEveryone() == true)
        {
            return notMine;
        }

        foreach (var channel in audience.Where(a => a.StartsWith('#')).Select(a => a[1..]))
        {
            if (!await sender.IsMemberAsync(channel, from, ct))
            {
                notMine.Add(channel);
            }
        }

        return notMine;
    }

    /// <summary>The chat ids, on this platform, of the people who report to the manager in the directory.</summary>
    private static List<string>? DirectReports(IReadOnlyList<People.Person> people, People.Person? manager, string channelId)
    {
        var ids = manager is null ? [] : people.Where(p => p.ManagerId == manager.Id)
            .SelectMany(p => p.Accounts.Where(a => a.ChannelId == channelId).Select(a => a.UserId)).ToList();
        return ids.Count == 0 ? null : ids;
    }

    private static string? DirectoryTimeZone(IReadOnlyList<People.Person> people, string channelId, string userId) =>
        people.FirstOrDefault(p => p.Accounts.Contains(new People.ChatAccount(channelId, userId)))?.TimeZone;

    private bool IsManager(ChatAddress from) => options.Managers.Contains($"{from.ChannelId}:{from.UserId}", StringComparer.Ordinal);

    private static string Short(Guid id) => id.ToString("N")[..6];

    private static TimeZoneInfo Zone(string id) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Nudge for {UserId} on schedule {ScheduleId} cannot be delivered: {Reason}")]
    private partial void LogUnreachable(string userId, Guid scheduleId, string reason);
}

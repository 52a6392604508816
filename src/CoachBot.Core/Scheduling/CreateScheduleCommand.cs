using CoachBot.Core.Coaching;
using CoachBot.Core.Content;
using CoachBot.Core.Texts;

namespace CoachBot.Core.Scheduling;

/// <summary>"schedule weekdays at 09:00 for my team topic bank": checked in full before anything is stored.</summary>
internal sealed class CreateScheduleCommand(
    ContentPack content,
    INudgeStore schedules,
    IEnumerable<IMessageSender> senders,
    SchedulingOptions options,
    TimeProvider time,
    People.IPeopleDirectory? directory,
    ScheduleRequestParser parser,
    ScheduleReplies replies)
{
    public async Task<BotReply> HandleAsync(TextCatalogue t, ChatAddress from, string text, CancellationToken ct)
    {
        var (request, error) = parser.Parse(text);
        if (request is null)
        {
            return ScheduleReplies.CouldNotRead(t, error!);
        }

        if (from.IsAnonymous)
        {
            return ScheduleReplies.Say(t, "schedule.anonymous");
        }

        var allowed = new ScheduleAudience(options, directory is null ? [] : await directory.ListAsync(ct), from);
        var team = allowed.Team;
        if (request.Audience.Contains(ScheduleRequestParser.MyTeam) && team is null)
        {
            return ScheduleReplies.Say(t, "schedule.team-unknown");
        }

        var audience = request.Audience
            .SelectMany(a => a == ScheduleRequestParser.MyTeam ? team! : [a == ScheduleRequestParser.Me ? from.UserId : a])
            .Distinct(StringComparer.Ordinal).ToList();
        if (audience.Any(a => a != from.UserId) && !allowed.MayPromptOthers)
        {
            return ScheduleReplies.Say(t, "schedule.managers-only");
        }

        if (allowed.NotMyReports(audience) is { Count: > 0 } strangers)
        {
            return ScheduleReplies.Say(t, "schedule.not-your-reports", ("people", string.Join(", ", strangers.Select(u => "@" + u))));
        }

        if (request.Content.Kind == NudgeContentKind.FocusStandard && content.FindStandard(request.Content.Value!)?.IsFrontline != true)
        {
            return ScheduleReplies.Say(t, "schedule.not-a-standard", ("value", request.Content.Value), ("standards", string.Join(", ", content.FrontlineStandards.Select(s => s.Id))));
        }

        var sender = senders.FirstOrDefault(s => s.ChannelId == from.ChannelId);
        if (sender is null)
        {
            return ScheduleReplies.Say(t, "schedule.cannot-message-first", ("channel", from.ChannelId));
        }

        if (await allowed.ChannelsNotMineAsync(audience, sender, ct) is { Count: > 0 } channels)
        {
            return ScheduleReplies.Say(t, "schedule.not-your-channel", ("channels", string.Join(", ", channels.Select(c => "#" + c))));
        }

        var recipients = new List<NudgeRecipient>();
        foreach (var user in audience)
        {
            recipients.Add(user.StartsWith('#')
                ? new NudgeRecipient(user[1..], options.DefaultTimeZone, IsConversation: true)
                : new NudgeRecipient(user, await sender.TimeZoneOfAsync(user, ct) ?? allowed.DirectoryTimeZone(user) ?? options.DefaultTimeZone));
        }

        var schedule = new NudgeSchedule(Guid.NewGuid(), from.ChannelId, from.UserId, recipients, request.Rule, request.Content, false, null, [], time.GetUtcNow());
        await schedules.AddAsync(schedule, ct);
        return replies.Created(t, schedule);
    }
}

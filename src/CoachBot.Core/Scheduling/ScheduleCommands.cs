using CoachBot.Core.Coaching;
using CoachBot.Core.Content;
using CoachBot.Core.Texts;

namespace CoachBot.Core.Scheduling;

/// <summary>
/// Scheduling in chat, in any language's words: "schedule …" creates a schedule, "schedules" lists the author's own,
/// "pause/resume/delete &lt;id&gt;" change one of them.
/// </summary>
public sealed class ScheduleCommands(
    ContentPack content,
    INudgeStore schedules,
    INudgeDeliveryLog deliveries,
    IEnumerable<IMessageSender> senders,
    SchedulingOptions options,
    TimeProvider time,
    People.IPeopleDirectory? directory = null) : ICommandHandler
{
    private readonly ScheduleRequestParser _parser = new(content.Texts);
    private readonly ScheduleReplies _replies = new(time);

    /// <summary>Narrow on purpose: an answer that starts with "Pause…" is still an answer.</summary>
    public bool Handles(string? text) => _parser.Classify(text) is not null;

    public async Task<BotReply> HandleAsync(TextCatalogue t, ChatAddress from, string text, CancellationToken cancellationToken)
    {
        var (command, argument) = _parser.Classify(text) ?? ("schedule", "");
        var reply = command switch
        {
            "schedule" => await new CreateScheduleCommand(content, schedules, senders, options, time, directory, _parser, _replies).HandleAsync(t, from, text, cancellationToken),
            "list" => await ListAsync(t, from, cancellationToken),
            "pause" => await SetPausedAsync(t, from, argument, paused: true, cancellationToken),
            "resume" => await SetPausedAsync(t, from, argument, paused: false, cancellationToken),
            _ => await DeleteAsync(t, from, argument, cancellationToken),
        };
        return reply with { Language = t.Code };
    }

    private async Task<BotReply> ListAsync(TextCatalogue t, ChatAddress from, CancellationToken ct)
    {
        var mine = await schedules.ListByOwnerAsync(from.ChannelId, from.UserId, ct);
        if (mine.Count == 0)
        {
            return ScheduleReplies.NoneYet(t);
        }

        var listed = new List<(NudgeSchedule, IReadOnlyList<string>)>();
        foreach (var s in mine)
        {
            var unreachable = (await deliveries.ListAsync(s.Id, ct)).Where(d => d.Status == NudgeDeliveryStatus.Unreachable).Select(d => $"{d.UserId} ({d.Detail})").Distinct().ToList();
            listed.Add((s, unreachable));
        }

        return ScheduleReplies.List(t, listed);
    }

    private async Task<BotReply> SetPausedAsync(TextCatalogue t, ChatAddress from, string id, bool paused, CancellationToken ct)
    {
        if (await FindOwnedAsync(from, id, ct) is not { } schedule)
        {
            return ScheduleReplies.NotFound(t, id);
        }

        await schedules.UpdateAsync(schedule with { Paused = paused }, ct);
        return _replies.PausedOrResumed(t, schedule, paused);
    }

    private async Task<BotReply> DeleteAsync(TextCatalogue t, ChatAddress from, string id, CancellationToken ct)
    {
        if (await FindOwnedAsync(from, id, ct) is not { } schedule)
        {
            return ScheduleReplies.NotFound(t, id);
        }

        await schedules.DeleteAsync(schedule.Id, ct);
        return ScheduleReplies.Deleted(t, schedule);
    }

    /// <summary>One of the author's schedules by the first characters of its id (at least four, as the confirmation shows six).</summary>
    private async Task<NudgeSchedule?> FindOwnedAsync(ChatAddress from, string id, CancellationToken ct) =>
        id.Length >= 4 ? (await schedules.ListByOwnerAsync(from.ChannelId, from.UserId, ct)).FirstOrDefault(s => s.Id.ToString("N").StartsWith(id.ToLowerInvariant(), StringComparison.Ordinal)) : null;
}

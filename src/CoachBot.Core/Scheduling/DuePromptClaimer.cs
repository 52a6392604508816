namespace CoachBot.Core.Scheduling;

/// <summary>The due check: claims each (schedule, person, local date) once, however many instances run it.</summary>
public sealed class DuePromptClaimer(INudgeStore schedules, INudgeDeliveryLog deliveries, TimeProvider time)
{
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

    private static DateOnly? DueDate(NudgeSchedule schedule, NudgeRecipient recipient, DateTimeOffset now)
    {
        var date = schedule.Rule.DueDate(now, ScheduleTimeZones.Find(recipient.TimeZoneId));
        return date is { } d && !schedule.QuietDates.Contains(d) && (schedule.EndDate is not { } end || d <= end) ? date : null;
    }
}

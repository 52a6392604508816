using System.Text.Json;
using CoachBot.Core.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace CoachBot.Storage;

internal sealed class EfNudgeStore(IDbContextFactory<CoachBotDbContext> contexts) : INudgeStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task AddAsync(NudgeSchedule schedule, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var writing = await db.WriteLockAsync(cancellationToken);
        db.NudgeSchedules.Add(ToRow(schedule));
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<NudgeSchedule?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.NudgeSchedules.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        return row is null ? null : FromRow(row);
    }

    public async Task<IReadOnlyList<NudgeSchedule>> ListByOwnerAsync(string channelId, string ownerId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.NudgeSchedules.AsNoTracking().Where(r => r.ChannelId == channelId && r.OwnerId == ownerId).ToListAsync(cancellationToken);
        return rows.Select(FromRow).OrderBy(s => s.CreatedAt).ToList();
    }

    public async Task<IReadOnlyList<NudgeSchedule>> ListActiveAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.NudgeSchedules.AsNoTracking().Where(r => !r.Paused).ToListAsync(cancellationToken);
        return rows.Select(FromRow).ToList();
    }

    public async Task UpdateAsync(NudgeSchedule schedule, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var writing = await db.WriteLockAsync(cancellationToken);
        var row = ToRow(schedule);
        await db.NudgeSchedules.Where(r => r.Id == schedule.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Paused, row.Paused).SetProperty(r => r.Json, row.Json), cancellationToken);
    }

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var writing = await db.WriteLockAsync(cancellationToken);
        await db.NudgeSchedules.Where(r => r.Id == id).ExecuteDeleteAsync(cancellationToken);
    }

    internal static NudgeScheduleRow ToRow(NudgeSchedule s) => new()
    {
        Id = s.Id, ChannelId = s.ChannelId, OwnerId = s.OwnerId, Paused = s.Paused, Json = JsonSerializer.Serialize(StoredSchedule.From(s), Json),
    };

    internal static NudgeSchedule FromRow(NudgeScheduleRow row) => JsonSerializer.Deserialize<StoredSchedule>(row.Json, Json)!.To(row.Id, row.ChannelId, row.OwnerId, row.Paused);

    /// <summary>The JSON shape (sets and TimeOnly kept simple, so the stored form is stable).</summary>
    private sealed record StoredSchedule(List<NudgeRecipient> Recipients, List<DayOfWeek> Days, string At, NudgeContent Content, DateOnly? EndDate, List<DateOnly> QuietDates, DateTimeOffset CreatedAt, string? Cron = null)
    {
        public static StoredSchedule From(NudgeSchedule s) =>
            new(s.Recipients.ToList(), s.Rule.Days.Order().ToList(), s.Rule.At.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture), s.Content, s.EndDate, s.QuietDates.ToList(), s.CreatedAt, s.Rule.Cron);

        public NudgeSchedule To(Guid id, string channelId, string ownerId, bool paused) =>
            new(id, channelId, ownerId, Recipients, new WeeklyRule(Days.ToHashSet(), TimeOnly.ParseExact(At, "HH:mm", System.Globalization.CultureInfo.InvariantCulture), Cron), Content, paused, EndDate, QuietDates, CreatedAt);
    }
}

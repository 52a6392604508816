using System.Text.Json;
using CoachBot.Core.Coaching;
using CoachBot.Core.Progress;
using CoachBot.Core.Scoring;
using Microsoft.EntityFrameworkCore;

namespace CoachBot.Storage;

internal sealed class EfCoachingStore(IDbContextFactory<CoachBotDbContext> contexts, GroupCommit writes) : ICoachingStore
{
    public async Task<DialogState?> GetDialogAsync(ChatAddress address, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.DialogStates.AsNoTracking().SingleOrDefaultAsync(
            d => d.ChannelId == address.ChannelId && d.ConversationId == address.ConversationId && d.UserId == address.UserId,
            cancellationToken);
        return row is null
            ? null
            : new DialogState(address, row.OpenScenarioId, row.RecentScenarioIds.Split(' ', StringSplitOptions.RemoveEmptyEntries), new DateTimeOffset(row.UpdatedAtUtc, TimeSpan.Zero));
    }

    public Task SaveDialogAsync(DialogState state, CancellationToken cancellationToken) =>
        writes.RunAsync(async (db, ct) =>
        {
            await UpsertAsync(db, state, ct);
            return await db.SaveChangesAsync(ct);
        }, cancellationToken);

    public Task SaveAttemptAsync(Attempt attempt, DialogState state, CancellationToken cancellationToken) =>
        writes.RunAsync(async (db, ct) =>
        {
            // One transaction holds the attempt, the dialog state and the report rollups: all or nothing.
            var row = ToRow(attempt);
            db.Attempts.Add(row);
            await UpsertAsync(db, state, ct);
            await db.SaveChangesAsync(ct);
            await ProgressRollups.RecordAttemptAsync(db, row, ct);
            return row.Id;
        }, cancellationToken);

    public async Task<IReadOnlyList<Attempt>> GetAttemptsAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Attempts.AsNoTracking().Include(a => a.Scores)
            .Where(a => a.ChannelId == channelId && a.UserId == userId)
            .OrderBy(a => a.CreatedAtUtc)
            .ToListAsync(cancellationToken);
        return rows.Select(ToAttempt).ToList();
    }

    private static async Task UpsertAsync(CoachBotDbContext db, DialogState state, CancellationToken ct)
    {
        var a = state.Address;
        var row = await db.DialogStates.SingleOrDefaultAsync(
            d => d.ChannelId == a.ChannelId && d.ConversationId == a.ConversationId && d.UserId == a.UserId, ct);
        if (row is null)
        {
            row = new DialogStateRow { ChannelId = a.ChannelId, ConversationId = a.ConversationId, UserId = a.UserId };
            db.DialogStates.Add(row);
        }

        row.OpenScenarioId = state.OpenScenarioId;
        row.RecentScenarioIds = string.Join(' ', state.RecentScenarioIds);
        row.UpdatedAtUtc = state.UpdatedAt.UtcDateTime;
    }

    private static AttemptRow ToRow(Attempt attempt) => new()
    {
        Id = attempt.Id,
        ChannelId = attempt.Address.ChannelId,
        ConversationId = attempt.Address.ConversationId,
        UserId = attempt.Address.UserId,
        ScenarioId = attempt.ScenarioId,
        Answer = attempt.Answer,
        ScorerName = attempt.ScorerName,
        CreatedAtUtc = attempt.CreatedAt.UtcDateTime,
        Day = DayNumber.Of(attempt.CreatedAt),
        Scores = attempt.Scores.Select(s => new AttemptScoreRow
        {
            AttemptId = attempt.Id,
            StandardId = s.StandardId,
            Score = s.Score,
            EvidenceJson = JsonSerializer.Serialize(s.Evidence),
            Missing = s.Missing,
            Tip = s.Tip,
        }).ToList(),
    };

    private static Attempt ToAttempt(AttemptRow row) => new(
        row.Id,
        new ChatAddress(row.ChannelId, row.ConversationId, row.UserId),
        row.ScenarioId,
        row.Answer,
        row.ScorerName,
        new DateTimeOffset(DateTime.SpecifyKind(row.CreatedAtUtc, DateTimeKind.Utc)),
        row.Scores.OrderBy(s => s.StandardId, StringComparer.Ordinal)
            .Select(s => new StandardScore(s.StandardId, s.Score, JsonSerializer.Deserialize<List<string>>(s.EvidenceJson) ?? [], s.Missing, s.Tip))
            .ToList());
}

using CoachBot.Core.People;
using Microsoft.EntityFrameworkCore;

namespace CoachBot.Storage;

internal sealed class EfPersonalData(IDbContextFactory<CoachBotDbContext> contexts, RecentReferences recentReferences) : IPersonalData
{
    private const int MaxCheckpointAttempts = 100;
    private static readonly TimeSpan CheckpointRetryDelay = TimeSpan.FromMilliseconds(50);

    public async Task<PersonalDataExport> ExportAsync(IReadOnlyList<ChatAccount> accounts, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var attempts = new List<ExportedAttempt>();
        var prompts = new List<ExportedPrompt>();
        foreach (var account in accounts)
        {
            var rows = await db.Attempts.AsNoTracking().Include(a => a.Scores)
                .Where(a => a.ChannelId == account.ChannelId && a.UserId == account.UserId)
                .OrderBy(a => a.CreatedAtUtc).ToListAsync(cancellationToken);
            attempts.AddRange(rows.Select(a => new ExportedAttempt(
                a.ChannelId, a.ScenarioId, new DateTimeOffset(DateTime.SpecifyKind(a.CreatedAtUtc, DateTimeKind.Utc)), a.Answer, a.ScorerName,
                a.Scores.OrderBy(s => s.StandardId, StringComparer.Ordinal).ToDictionary(s => s.StandardId, s => s.Score))));
            prompts.AddRange(await DeliveriesOf(db, account)
                .OrderBy(d => d.ClaimedAtUtc)
                .Select(d => new ExportedPrompt(account.ChannelId, d.LocalDate, d.Status, d.ScenarioId))
                .ToListAsync(cancellationToken));
        }

        return new PersonalDataExport(accounts, attempts, prompts);
    }

    public async Task<ErasureResult> EraseAsync(string? personId, IReadOnlyList<ChatAccount> accounts, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var writing = await db.WriteLockAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        int attempts = 0, dialogs = 0, references = 0, prompts = 0, schedules = 0;
        foreach (var (channel, user) in accounts)
        {
            attempts += await db.Attempts.Where(a => a.ChannelId == channel && a.UserId == user).ExecuteDeleteAsync(cancellationToken);
            dialogs += await db.DialogStates.Where(d => d.ChannelId == channel && d.UserId == user).ExecuteDeleteAsync(cancellationToken);
            await db.UserLanguages.Where(l => l.ChannelId == channel && l.UserId == user).ExecuteDeleteAsync(cancellationToken);
            await db.PracticeChoices.Where(c => c.ChannelId == channel && c.UserId == user).ExecuteDeleteAsync(cancellationToken);
            await db.ScenariosGiven.Where(g => g.ChannelId == channel && g.RecipientId == user).ExecuteDeleteAsync(cancellationToken);
            await db.WaitingPrompts.Where(w => w.ChannelId == channel && w.UserId == user).ExecuteDeleteAsync(cancellationToken);
            references += await db.ConversationReferences.Where(r => r.ChannelId == channel && r.ScopeId == user).ExecuteDeleteAsync(cancellationToken);
            prompts += await DeliveriesOf(db, new ChatAccount(channel, user)).ExecuteDeleteAsync(cancellationToken);
            await db.PracticeWeeks.Where(w => w.ChannelId == channel && w.UserId == user).ExecuteDeleteAsync(cancellationToken);
            await db.ScoreWeeks.Where(w => w.ChannelId == channel && w.UserId == user).ExecuteDeleteAsync(cancellationToken);
            schedules += await RemoveFromSchedulesAsync(db, channel, user, cancellationToken);
        }

        var directoryEntry = false;
        if (personId is not null)
        {
            await db.PersonAccounts.Where(a => a.PersonId == personId).ExecuteDeleteAsync(cancellationToken);
            await db.LocalLogins.Where(l => l.Login == personId).ExecuteDeleteAsync(cancellationToken);
            await db.People.Where(p => p.ManagerId == personId).ExecuteUpdateAsync(s => s.SetProperty(p => p.ManagerId, (string?)null), cancellationToken);
            directoryEntry = await db.People.Where(p => p.Id == personId).ExecuteDeleteAsync(cancellationToken) > 0;
        }

        await transaction.CommitAsync(cancellationToken);
        await ForgetOldPagesAsync(db, cancellationToken);
        foreach (var (channel, user) in accounts)
        {
            recentReferences.Forget(channel, user);
        }

        return new ErasureResult(attempts, dialogs, references, prompts, schedules, directoryEntry);
    }

    public async Task<int> RemoveAnswerTextBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var writing = await db.WriteLockAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var before = cutoff.UtcDateTime;
        var old = db.Attempts.Where(a => a.CreatedAtUtc < before && a.Answer != "");
        await db.AttemptScores.Where(s => old.Any(a => a.Id == s.AttemptId)).ExecuteUpdateAsync(s => s.SetProperty(x => x.EvidenceJson, "[]"), cancellationToken);
        var count = await old.ExecuteUpdateAsync(s => s.SetProperty(a => a.Answer, ""), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await ForgetOldPagesAsync(db, cancellationToken);
        return count;
    }

    /// <summary>
    /// The write-ahead log still holds the pages as they were before the erasure: copy the new ones into the file (where
    /// secure_delete has zeroed the old text) and empty the log. Called with the write lock held, so no writer adds to it.
    /// </summary>
    /// <remarks>
    /// TRUNCATE gives up without an error (its first column, busy, is 1) while another checkpoint runs, such as the host's
    /// once-a-second PASSIVE one, or a reader still holds an older snapshot: then it is tried again.
    /// </remarks>
    private static async Task ForgetOldPagesAsync(CoachBotDbContext db, CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite())
        {
            return;
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            for (var attempt = 1; attempt < MaxCheckpointAttempts && await CheckpointWasBusyAsync(db, cancellationToken); attempt++)
            {
                await Task.Delay(CheckpointRetryDelay, cancellationToken);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<bool> CheckpointWasBusyAsync(CoachBotDbContext db, CancellationToken cancellationToken)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) && reader.GetInt64(0) != 0;
    }

    private static IQueryable<NudgeDeliveryRow> DeliveriesOf(CoachBotDbContext db, ChatAccount account) =>
        db.NudgeDeliveries.Where(d => d.UserId == account.UserId && db.NudgeSchedules.Any(s => s.Id == d.ScheduleId && s.ChannelId == account.ChannelId));

    /// <summary>Schedules the person owns go; schedules that list them lose them (and go if nobody is left).</summary>
    private static async Task<int> RemoveFromSchedulesAsync(CoachBotDbContext db, string channel, string user, CancellationToken ct)
    {
        var changed = 0;
        foreach (var row in await db.NudgeSchedules.Where(s => s.ChannelId == channel).ToListAsync(ct))
        {
            var schedule = EfNudgeStore.FromRow(row);
            var keep = schedule.Recipients.Where(r => r.UserId != user).ToList();
            if (row.OwnerId == user || keep.Count == 0)
            {
                await db.NudgeDeliveries.Where(d => d.ScheduleId == row.Id).ExecuteDeleteAsync(ct);
                db.NudgeSchedules.Remove(row);
                changed++;
            }
            else if (keep.Count < schedule.Recipients.Count)
            {
                row.Json = EfNudgeStore.ToRow(schedule with { Recipients = keep }).Json;
                changed++;
            }
        }

        await db.SaveChangesAsync(ct);
        return changed;
    }
}

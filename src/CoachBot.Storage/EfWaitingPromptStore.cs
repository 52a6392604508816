using System.Text.Json;
using CoachBot.Core.Coaching;
using CoachBot.Core.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace CoachBot.Storage;

internal sealed class EfWaitingPromptStore(IDbContextFactory<CoachBotDbContext> contexts, GroupCommit writes) : IWaitingPromptStore
{
    public Task AddAsync(Guid deliveryId, string channelId, string userId, BotReply prompt, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(prompt, JsonSerializerOptions.Web);
        var scenarioId = prompt.Tag?.ScenarioId ?? prompt.Scenario?.ScenarioId;
        return writes.RunAsync(async (db, ct) =>
        {
            if (await db.WaitingPrompts.AnyAsync(r => r.DeliveryId == deliveryId, ct))
            {
                return false;
            }

            db.WaitingPrompts.Add(new WaitingPromptRow
            {
                DeliveryId = deliveryId, ChannelId = channelId, UserId = userId, ScenarioId = scenarioId, Reply = json, CreatedAtUtc = at.UtcDateTime,
            });
            await db.SaveChangesAsync(ct);
            return true;
        }, cancellationToken);
    }

    public async Task<FoundPrompt?> FindAsync(Guid deliveryId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.WaitingPrompts.AsNoTracking().SingleOrDefaultAsync(r => r.DeliveryId == deliveryId, cancellationToken);
        return row is null ? null : new FoundPrompt(row.UserId, row.ScenarioId);
    }

    public async Task<BotReply?> TakeNewestAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var waiting = db.WaitingPrompts.Where(r => r.ChannelId == channelId && r.UserId == userId);
        var newest = await waiting.AsNoTracking().OrderByDescending(r => r.CreatedAtUtc).FirstOrDefaultAsync(cancellationToken);
        if (newest is null)
        {
            return null;
        }

        await using var writing = await db.WriteLockAsync(cancellationToken);
        await waiting.Where(r => r.CreatedAtUtc < newest.CreatedAtUtc).ExecuteDeleteAsync(cancellationToken);
        // Whoever deletes the row shows it: two pages opened at once get it once between them.
        var taken = await db.WaitingPrompts.Where(r => r.DeliveryId == newest.DeliveryId).ExecuteDeleteAsync(cancellationToken) == 1;
        return taken ? JsonSerializer.Deserialize<BotReply>(newest.Reply, JsonSerializerOptions.Web) : null;
    }
}

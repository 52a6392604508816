using CoachBot.Core.People;
using CoachBot.Core.Spacing;
using Microsoft.EntityFrameworkCore;

namespace CoachBot.Storage;

/// <summary>One row per (account, scenario), kept at its latest: the spacing policy needs only when each was last given.</summary>
internal sealed class EfScenarioHistory(IDbContextFactory<CoachBotDbContext> contexts, GroupCommit writes) : IScenarioHistory
{
    public Task RecordGivenAsync(string channelId, string recipientId, string scenarioId, DateTimeOffset at, CancellationToken cancellationToken) =>
        writes.RunAsync((db, ct) => db.Database.ExecuteSqlAsync($"""
            INSERT INTO scenarios_given ("ChannelId", "RecipientId", "ScenarioId", "GivenAtUtc")
            VALUES ({channelId}, {recipientId}, {scenarioId}, {at.UtcDateTime})
            ON CONFLICT ("ChannelId", "RecipientId", "ScenarioId") DO UPDATE SET "GivenAtUtc" = excluded."GivenAtUtc"
            """, ct), cancellationToken);

    public async Task<IReadOnlyDictionary<string, DateTimeOffset>> LastGivenAsync(IReadOnlyCollection<ChatAccount> accounts, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var last = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        foreach (var (channel, recipient) in accounts)
        {
            foreach (var row in await db.ScenariosGiven.AsNoTracking().Where(r => r.ChannelId == channel && r.RecipientId == recipient).ToListAsync(cancellationToken))
            {
                var at = new DateTimeOffset(DateTime.SpecifyKind(row.GivenAtUtc, DateTimeKind.Utc));
                if (!last.TryGetValue(row.ScenarioId, out var known) || at > known)
                {
                    last[row.ScenarioId] = at;
                }
            }
        }

        return last;
    }
}

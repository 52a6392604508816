using CoachBot.Core.Coaching;
using Microsoft.EntityFrameworkCore;

namespace CoachBot.Storage;

internal sealed class EfPracticeChoiceStore(IDbContextFactory<CoachBotDbContext> contexts, GroupCommit writes) : IPracticeChoiceStore
{
    public async Task<PracticeChoice?> GetAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.PracticeChoices.AsNoTracking().SingleOrDefaultAsync(r => r.ChannelId == channelId && r.UserId == userId, cancellationToken);
        return row is null ? null : new PracticeChoice(row.Industry, row.AgainSinceUtc is { } again ? new DateTimeOffset(DateTime.SpecifyKind(again, DateTimeKind.Utc)) : null);
    }

    public Task SaveAsync(string channelId, string userId, PracticeChoice choice, DateTimeOffset now, CancellationToken cancellationToken) =>
        writes.RunAsync((db, ct) => db.Database.ExecuteSqlAsync($"""
            INSERT INTO practice_choices ("ChannelId", "UserId", "Industry", "AgainSinceUtc", "UpdatedAtUtc")
            VALUES ({channelId}, {userId}, {choice.Industry}, {choice.AgainSince?.UtcDateTime}, {now.UtcDateTime})
            ON CONFLICT ("ChannelId", "UserId") DO UPDATE SET "Industry" = excluded."Industry", "AgainSinceUtc" = excluded."AgainSinceUtc", "UpdatedAtUtc" = excluded."UpdatedAtUtc"
            """, ct), cancellationToken);
}

using CoachBot.Core.Coaching;
using Microsoft.EntityFrameworkCore;

namespace CoachBot.Storage;

internal sealed class EfPracticeChoiceStore(IDbContextFactory<CoachBotDbContext> contexts, GroupCommit writes) : IPracticeChoiceStore
{
    public async Task<PracticeChoice?> GetAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.PracticeChoices.AsNoTracking().SingleOrDefaultAsync(r => r.ChannelId == channelId && r.UserId == userId, cancellationToken);
        return row is null ? null : new PracticeChoice(row.Industry, row.Seen.Split(',', StringSplitOptions.RemoveEmptyEntries));
    }

    public Task SaveAsync(string channelId, string userId, PracticeChoice choice, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var seen = string.Join(',', choice.Seen);
        return writes.RunAsync((db, ct) => db.Database.ExecuteSqlAsync($"""
            INSERT INTO practice_choices ("ChannelId", "UserId", "Industry", "Seen", "UpdatedAtUtc")
            VALUES ({channelId}, {userId}, {choice.Industry}, {seen}, {now.UtcDateTime})
            ON CONFLICT ("ChannelId", "UserId") DO UPDATE SET "Industry" = excluded."Industry", "Seen" = excluded."Seen", "UpdatedAtUtc" = excluded."UpdatedAtUtc"
            """, ct), cancellationToken);
    }
}

using CoachBot.Core.Texts;
using Microsoft.EntityFrameworkCore;

namespace CoachBot.Storage;

internal sealed class EfUserLanguageStore(IDbContextFactory<CoachBotDbContext> contexts, GroupCommit writes) : IUserLanguageStore
{
    /// <summary>Every message reads it: compiled once per store (a compiled query belongs to one provider's model).</summary>
    private readonly Func<CoachBotDbContext, string, string, CancellationToken, Task<UserLanguageRow?>> Find =
        EF.CompileAsyncQuery((CoachBotDbContext db, string channelId, string userId, CancellationToken ct) =>
            db.UserLanguages.AsNoTracking().SingleOrDefault(r => r.ChannelId == channelId && r.UserId == userId));

    public async Task<UserLanguage?> GetAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await Find(db, channelId, userId, cancellationToken);
        return row is null ? null : new UserLanguage(row.Chosen, row.Platform);
    }

    public Task SaveAsync(string channelId, string userId, UserLanguage language, DateTimeOffset now, CancellationToken cancellationToken) =>
        writes.RunAsync((db, ct) => db.Database.ExecuteSqlAsync($"""
            INSERT INTO user_languages ("ChannelId", "UserId", "Chosen", "Platform", "UpdatedAtUtc")
            VALUES ({channelId}, {userId}, {language.Chosen}, {language.Platform}, {now.UtcDateTime})
            ON CONFLICT ("ChannelId", "UserId") DO UPDATE SET "Chosen" = excluded."Chosen", "Platform" = excluded."Platform", "UpdatedAtUtc" = excluded."UpdatedAtUtc"
            """, ct), cancellationToken);
}

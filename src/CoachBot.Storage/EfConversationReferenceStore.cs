using CoachBot.Core.Coaching;
using Microsoft.EntityFrameworkCore;

namespace CoachBot.Storage;

internal sealed class EfConversationReferenceStore(IDbContextFactory<CoachBotDbContext> contexts, RecentReferences recent) : IConversationReferenceStore
{
    /// <summary>An unchanged reference is written again only this often, to keep "last seen" roughly right.</summary>
    private static readonly TimeSpan RefreshAfter = TimeSpan.FromHours(1);

    public Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken) =>
        ConflictRetry.RunAsync(ct => WriteAsync(reference, ct), cancellationToken);

    private async Task WriteAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        if (recent.Find(reference.ChannelId, reference.Scope.ToString(), reference.ScopeId) is { } known && Unchanged(known, reference))
        {
            return;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await FindRowAsync(db, reference.ChannelId, reference.Scope, reference.ScopeId, cancellationToken);
        if (row is not null && Unchanged(row, reference))
        {
            recent.Remember(row);
            return; // every message carries the reference; most carry the same one
        }

        await using var writing = await db.WriteLockAsync(cancellationToken);
        if (row is null)
        {
            row = new ConversationReferenceRow { ChannelId = reference.ChannelId, Scope = reference.Scope.ToString(), ScopeId = reference.ScopeId };
            db.ConversationReferences.Add(row);
        }

        row.ConversationId = reference.ConversationId ?? row.ConversationId;
        row.ServiceUrl = reference.ServiceUrl;
        row.TenantId = reference.TenantId ?? row.TenantId;
        row.BotId = reference.BotId;
        row.BotName = reference.BotName;
        row.UserName = reference.UserName ?? row.UserName;
        row.ServiceUrlTrusted = reference.ServiceUrlTrusted;
        row.UpdatedAtUtc = reference.UpdatedAt.UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        recent.Remember(row);
    }

    private static bool Unchanged(ConversationReferenceRow row, ConversationReference reference) =>
        (reference.ConversationId ?? row.ConversationId) == row.ConversationId
        && reference.ServiceUrl == row.ServiceUrl
        && (reference.TenantId ?? row.TenantId) == row.TenantId
        && reference.BotId == row.BotId
        && reference.BotName == row.BotName
        && (reference.UserName ?? row.UserName) == row.UserName
        && reference.ServiceUrlTrusted == row.ServiceUrlTrusted
        && reference.UpdatedAt.UtcDateTime - row.UpdatedAtUtc < RefreshAfter;

    public async Task<ConversationReference?> FindAsync(string channelId, ReferenceScope scope, string scopeId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await FindRowAsync(db, channelId, scope, scopeId, cancellationToken);
        return row is null ? null : new ConversationReference(row.ChannelId, scope, row.ScopeId, row.ConversationId, row.ServiceUrl, row.TenantId,
            row.BotId, row.BotName, row.UserName, row.ServiceUrlTrusted, new DateTimeOffset(DateTime.SpecifyKind(row.UpdatedAtUtc, DateTimeKind.Utc)));
    }

    public async Task<bool> TryMarkWelcomedAsync(string channelId, string userId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // The reference is saved before any welcome; a conditional UPDATE means two hosts (or two events) cannot both welcome.
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var writing = await db.WriteLockAsync(cancellationToken);
        var scope = nameof(ReferenceScope.User);
        var marked = await db.ConversationReferences
            .Where(r => r.ChannelId == channelId && r.Scope == scope && r.ScopeId == userId && r.WelcomedAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.WelcomedAtUtc, now.UtcDateTime), cancellationToken);
        return marked == 1;
    }

    private static Task<ConversationReferenceRow?> FindRowAsync(CoachBotDbContext db, string channelId, ReferenceScope scope, string scopeId, CancellationToken ct)
    {
        var scopeName = scope.ToString();
        return db.ConversationReferences.SingleOrDefaultAsync(r => r.ChannelId == channelId && r.Scope == scopeName && r.ScopeId == scopeId, ct);
    }
}

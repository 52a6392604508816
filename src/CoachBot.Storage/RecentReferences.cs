using System.Collections.Concurrent;

namespace CoachBot.Storage;

/// <summary>
/// The conversation references this process stored or found stored in the last few minutes. Every message carries its
/// reference, and nearly all carry the one already stored: under load, reading it back was 6% of the host's CPU. Kept
/// briefly, so that a row changed by another host or erased by HR is read again soon; erasure here forgets at once.
/// </summary>
internal sealed class RecentReferences
{
    private static readonly TimeSpan TrustFor = TimeSpan.FromMinutes(5);
    private const int MostKept = 100_000;

    private readonly ConcurrentDictionary<(string Channel, string Scope, string ScopeId), (ConversationReferenceRow Row, long ExpiresAt)> _rows = new();

    public ConversationReferenceRow? Find(string channelId, string scope, string scopeId) =>
        _rows.TryGetValue((channelId, scope, scopeId), out var kept) && Environment.TickCount64 < kept.ExpiresAt ? kept.Row : null;

    /// <summary>Keeps a copy of <paramref name="row"/> as it now is in the database.</summary>
    public void Remember(ConversationReferenceRow row)
    {
        if (_rows.Count >= MostKept)
        {
            _rows.Clear();
        }

        var copy = new ConversationReferenceRow
        {
            ChannelId = row.ChannelId, Scope = row.Scope, ScopeId = row.ScopeId, ConversationId = row.ConversationId, ServiceUrl = row.ServiceUrl,
            TenantId = row.TenantId, BotId = row.BotId, BotName = row.BotName, UserName = row.UserName, ServiceUrlTrusted = row.ServiceUrlTrusted,
            UpdatedAtUtc = row.UpdatedAtUtc,
        };
        _rows[(row.ChannelId, row.Scope, row.ScopeId)] = (copy, Environment.TickCount64 + (long)TrustFor.TotalMilliseconds);
    }

    public void Forget(string channelId, string scopeId)
    {
        foreach (var key in _rows.Keys.Where(k => k.Channel == channelId && k.ScopeId == scopeId))
        {
            _rows.TryRemove(key, out _);
        }
    }
}

using CoachBot.Core.Coaching;
using CoachBot.Core.People;
using CoachBot.Core.Progress;

namespace CoachBot.Core.Spacing;

/// <summary>
/// Gathers what a person was given and answered across all their linked accounts (or what a channel was given) for
/// <see cref="SpacingPolicy"/>, and records what is given. Without a history store (a bare dialog) the conversation's
/// recent scenarios stand in for what was given.
/// </summary>
internal sealed class ScenarioSpacing(ICoachingStore coaching, TimeProvider time, IScenarioHistory? history, IPeopleDirectory? directory)
{
    public async Task<SeenScenarios> OfPersonAsync(string channelId, string userId, bool anonymous, DialogState? state, CancellationToken ct)
    {
        var own = new ChatAccount(channelId, userId);
        var person = anonymous || directory is null ? null : await directory.FindByAccountAsync(channelId, userId, ct);
        IReadOnlyList<ChatAccount> accounts = person is null ? [own] : [own, .. person.Accounts.Where(a => a != own)];
        var attempts = new List<Attempt>();
        foreach (var account in accounts)
        {
            attempts.AddRange(await coaching.GetAttemptsAsync(account.ChannelId, account.UserId, ct));
        }

        return Seen(accounts, attempts, history is not null ? await history.LastGivenAsync(accounts, ct) : RecentIn(state));
    }

    /// <summary>The conversation's recent scenarios, the last one latest.</summary>
    private static Dictionary<string, DateTimeOffset> RecentIn(DialogState? state) =>
        state is null ? [] : state.RecentScenarioIds.Select((id, i) => (id, at: state.UpdatedAt.AddTicks(i - state.RecentScenarioIds.Count)))
            .ToDictionary(x => x.id, x => x.at, StringComparer.Ordinal);

    /// <summary>A channel's own history: what was posted in it (answers there are each member's own).</summary>
    public async Task<SeenScenarios> OfChannelAsync(string channelId, string conversationId, CancellationToken ct)
    {
        IReadOnlyList<ChatAccount> accounts = [new(channelId, conversationId)];
        return Seen(accounts, [], history is null ? new Dictionary<string, DateTimeOffset>() : await history.LastGivenAsync(accounts, ct));
    }

    public Task GivenAsync(string channelId, string recipientId, string scenarioId, CancellationToken ct) =>
        history?.RecordGivenAsync(channelId, recipientId, scenarioId, time.GetUtcNow(), ct) ?? Task.CompletedTask;

    private SeenScenarios Seen(IReadOnlyList<ChatAccount> accounts, List<Attempt> attempts, IReadOnlyDictionary<string, DateTimeOffset> given)
    {
        var lastSeen = new Dictionary<string, DateTimeOffset>(given, StringComparer.Ordinal);
        foreach (var attempt in attempts)
        {
            if (!lastSeen.TryGetValue(attempt.ScenarioId, out var at) || attempt.CreatedAt > at)
            {
                lastSeen[attempt.ScenarioId] = attempt.CreatedAt;
            }
        }

        return new SeenScenarios(accounts, attempts, lastSeen, time.GetUtcNow());
    }
}

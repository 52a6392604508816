using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace CoachBot.Host.Channels.Slack;

/// <summary>users.info answers (name, time zone) kept for an hour: profiles change rarely and users.info is rate-limited.</summary>
internal sealed class SlackUserCache(TimeProvider time)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);
    private readonly ConcurrentDictionary<string, (JsonObject User, DateTimeOffset At)> _users = new(StringComparer.Ordinal);

    public JsonObject? Find(string user) =>
        _users.TryGetValue(user, out var cached) && time.GetUtcNow() - cached.At < Lifetime ? cached.User : null;

    public void Add(string user, JsonObject info) => _users[user] = (info, time.GetUtcNow());
}

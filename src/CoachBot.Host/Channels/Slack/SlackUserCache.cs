using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace CoachBot.Host.Channels.Slack;

/// <summary>
/// users.info answers (name, time zone) kept for an hour, and each user's locale (or that Slack did not give one) for a
/// day: profiles change rarely and users.info is rate-limited.
/// </summary>
internal sealed class SlackUserCache(TimeProvider time)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);
    private static readonly TimeSpan LocaleLifetime = TimeSpan.FromDays(1);
    private readonly ConcurrentDictionary<string, (JsonObject User, DateTimeOffset At)> _users = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (string? Locale, DateTimeOffset At)> _locales = new(StringComparer.Ordinal);
    private int _localeFailureSeen;

    /// <summary>True, with the locale (null: none), when one was looked up for the user within the day.</summary>
    public bool TryFindLocale(string user, out string? locale)
    {
        var found = _locales.TryGetValue(user, out var cached) && time.GetUtcNow() - cached.At < LocaleLifetime;
        locale = found ? cached.Locale : null;
        return found;
    }

    public void AddLocale(string user, string? locale) => _locales[user] = (locale, time.GetUtcNow());

    /// <summary>True the first time only: a failed locale lookup is logged once per process.</summary>
    public bool FirstLocaleFailure() => Interlocked.Exchange(ref _localeFailureSeen, 1) == 0;

    public JsonObject? Find(string user) =>
        _users.TryGetValue(user, out var cached) && time.GetUtcNow() - cached.At < Lifetime ? cached.User : null;

    public void Add(string user, JsonObject info) => _users[user] = (info, time.GetUtcNow());
}

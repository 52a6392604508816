using CoachBot.Core.Texts;

namespace CoachBot.Host.Channels.Slack;

/// <summary>
/// A Slack user's locale from users.info (<c>include_locale=true</c>), for people with no language of their own or in the
/// directory; kept a day per user (<see cref="SlackUserCache"/>). Any failure (a missing users:read scope, Slack down)
/// means "the platform does not say": the default language, logged once at Debug.
/// </summary>
internal sealed partial class SlackUserLocale(SlackApiClient api, SlackUserCache cache, ILogger<SlackUserLocale> logger) : IPlatformLocale
{
    public string ChannelId => SlackDispatcher.ChannelId;

    public async Task<string?> LocaleOfAsync(string userId, CancellationToken cancellationToken)
    {
        if (cache.TryFindLocale(userId, out var cached))
        {
            return cached;
        }

        string? locale = null;
        try
        {
            locale = (await api.UserInfoAsync(userId, cancellationToken))["locale"]?.GetValue<string>();
        }
        catch (Exception ex) when (ex is SlackApiException or HttpRequestException or InvalidOperationException or System.Text.Json.JsonException
            || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            if (cache.FirstLocaleFailure())
            {
                LogNoLocale(ex.GetType().Name, ex.Message);
            }
        }

        cache.AddLocale(userId, locale);
        return locale;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Slack users.info gave no locale ({Error}: {Reason}); people without a language of their own get the default. Logged once.")]
    private partial void LogNoLocale(string error, string reason);
}

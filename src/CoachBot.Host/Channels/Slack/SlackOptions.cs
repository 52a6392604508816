using System.ComponentModel.DataAnnotations;

namespace CoachBot.Host.Channels.Slack;

/// <summary>Slack is on when a signing secret (HTTP) or an app-level token (Socket Mode) is set. Secrets come from the environment.</summary>
internal sealed class SlackOptions
{
    public const string SectionName = "Slack";

    /// <summary>Verifies every HTTP request from Slack (Basic Information → Signing Secret).</summary>
    public string? SigningSecret { get; set; }

    /// <summary>xoxb-… for the Web API.</summary>
    public string? BotToken { get; set; }

    /// <summary>xapp-… with connections:write: Socket Mode, no public URL needed.</summary>
    public string? AppToken { get; set; }

    [Url(ErrorMessage = "Slack:ApiBaseUrl must be an absolute http(s) URL, like https://slack.com/api/")]
    public string ApiBaseUrl { get; set; } = "https://slack.com/api/";

    /// <summary>Slack allows about one message per second per channel.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00", ErrorMessage = "Slack:ChannelPostInterval must be between 00:00:00 and 00:10:00")]
    public TimeSpan ChannelPostInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The first wait after Slack answers 5xx; it doubles for each of the next tries (1, 2, 4 s by default).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00", ErrorMessage = "Slack:ServerErrorRetryDelay must be between 00:00:00 and 00:10:00")]
    public TimeSpan ServerErrorRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    public bool IsEnabled => !string.IsNullOrEmpty(SigningSecret) || !string.IsNullOrEmpty(AppToken);
}

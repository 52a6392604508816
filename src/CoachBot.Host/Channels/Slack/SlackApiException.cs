namespace CoachBot.Host.Channels.Slack;

/// <summary>A Web API call answered ok:false; <see cref="Error"/> is Slack's code (channel_not_found, not_in_channel…).</summary>
internal sealed class SlackApiException(string method, string error, bool isOutage = false) : Exception($"Slack {method} failed: {error}")
{
    public string Method { get; } = method;

    public string Error { get; } = error;

    /// <summary>Slack answered HTTP 5xx: worth trying again later, unlike an ok:false refusal.</summary>
    public bool IsOutage { get; } = isOutage;
}

using CoachBot.Host.Jobs;

namespace CoachBot.Host.Channels.Slack;

/// <summary>Posts a <see cref="SlackPost"/> that Slack could not take when it was due.</summary>
internal sealed partial class SlackRedeliveryTarget(SlackApiClient api, ILogger<SlackRedeliveryTarget> logger) : IRedeliveryTarget
{
    public const string TargetName = "slack";

    public string Name => TargetName;

    public async Task<bool> TryPostAsync(string post, CancellationToken ct)
    {
        try
        {
            await api.PostAsync(SlackPost.FromJson(post), once: false, ct);
            return true;
        }
        catch (Exception e) when (SlackApiClient.IsOutage(e, ct))
        {
            return false;
        }
        catch (SlackApiException e)
        {
            LogRefused(e.Error);
            return true;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack refused a redelivered reply: {Error}")]
    private partial void LogRefused(string error);
}

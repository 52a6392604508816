using CoachBot.Host.Channels.Delivery;

namespace CoachBot.Host.Channels.Slack;

/// <summary>
/// Posts a <see cref="SlackPost"/> that Slack could not take when it was due. A DM's history is looked at first, as for an
/// interrupted prompt: a 5xx does not prove Slack dropped the post, and a reply must not arrive twice.
/// </summary>
internal sealed partial class SlackRedeliveryTarget(SlackApiClient api, ILogger<SlackRedeliveryTarget> logger) : IRedeliveryTarget
{
    public const string TargetName = "slack";

    /// <summary>Room for clocks that differ between this host and Slack.</summary>
    private static readonly TimeSpan HistoryMargin = TimeSpan.FromMinutes(5);

    public string Name => TargetName;

    public async Task<bool> TryPostAsync(string post, DateTimeOffset firstRefused, CancellationToken ct)
    {
        var reply = SlackPost.FromJson(post);
        try
        {
            if (await AlreadyPostedAsync(reply, firstRefused - HistoryMargin, ct))
            {
                LogAlreadyPosted(reply.ReplyId!);
                return true;
            }

            await api.PostAsync(reply, once: false, ct);
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

    /// <summary>
    /// Only a DM can be looked at (the bot's scope is im:history); a post into a channel or a thread, or an ephemeral one,
    /// is posted again without looking.
    /// </summary>
    private async Task<bool> AlreadyPostedAsync(SlackPost reply, DateTimeOffset since, CancellationToken ct)
    {
        if (reply.Metadata() is null || reply.Thread is not null || reply.Channel is not ['D' or 'U' or 'W', ..])
        {
            return false;
        }

        try
        {
            var channel = reply.Channel[0] == 'D' ? reply.Channel : await api.OpenDirectMessageAsync(reply.Channel, ct);
            return (await api.HistoryAsync(channel, since, ct)).Any(m =>
                m?["metadata"]?["event_type"]?.GetValue<string>() == SlackPost.MetadataEvent
                && m["metadata"]?["event_payload"]?["reply_id"]?.GetValue<string>() == reply.ReplyId);
        }
        catch (SlackApiException e) when (!e.IsOutage)
        {
            LogHistoryRefused(e.Error);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack refused a redelivered reply: {Error}")]
    private partial void LogRefused(string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reply {ReplyId} was in the DM already (Slack had taken it despite the error); not posted again")]
    private partial void LogAlreadyPosted(string replyId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack refused to show a DM's history ({Error}); the reply is posted without looking")]
    private partial void LogHistoryRefused(string error);
}

using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using CoachBot.Host.Jobs;

namespace CoachBot.Host.Channels.BotFramework;

/// <summary>Sends a reply activity that the Bot Connector could not take when it was due (after its own retries).</summary>
internal sealed class ConnectorRedeliveryTarget(ConnectorClient connector) : IRedeliveryTarget
{
    public const string TargetName = "botframework";

    public string Name => TargetName;

    /// <summary>The activity, and whether an inbound token vouched for its service URL, as the job keeps them.</summary>
    public static string Pending(Activity activity, bool serviceUrlVouched) => new JsonObject
    {
        ["serviceUrlVouched"] = serviceUrlVouched,
        ["activity"] = JsonSerializer.SerializeToNode(activity, BotFrameworkJson.Options),
    }.ToJsonString();

    /// <summary>Throttled, or the service failing: worth trying later. A 4xx refusal or an untrusted URL (null) is not.</summary>
    public static bool IsOutage(HttpStatusCode? status) => status is HttpStatusCode.TooManyRequests || (int?)status >= 500;

    /// <summary>The connector could not be reached, or did not answer within the client's timeout.</summary>
    public static bool IsUnreachable(Exception e, CancellationToken ct) =>
        e is HttpRequestException || (e is TaskCanceledException && !ct.IsCancellationRequested);

    public async Task<bool> TryPostAsync(string post, CancellationToken ct)
    {
        var pending = JsonNode.Parse(post)!;
        var activity = pending["activity"].Deserialize<Activity>(BotFrameworkJson.Options)!;
        try
        {
            return !IsOutage(await connector.SendWithStatusAsync(activity, pending["serviceUrlVouched"]!.GetValue<bool>(), ct));
        }
        catch (Exception e) when (IsUnreachable(e, ct))
        {
            return false;
        }
    }
}

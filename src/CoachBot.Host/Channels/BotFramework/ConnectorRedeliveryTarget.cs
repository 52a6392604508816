using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using CoachBot.Host.Channels.Delivery;

namespace CoachBot.Host.Channels.BotFramework;

/// <summary>
/// Sends a reply activity that the Bot Connector could not take when it was due (after its own retries). The activity keeps
/// the id it was first sent with; the connector offers no way to look a sent activity up, so one it had taken despite a 5xx
/// may show twice.
/// </summary>
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

    /// <summary>
    /// Sends <paramref name="activity"/>: false when the connector is throttling, failing or unreachable (worth trying
    /// later); true when it took it, or refused it or its URL for good (logged by <see cref="ConnectorClient"/>).
    /// </summary>
    public static async Task<bool> TrySendAsync(ConnectorClient connector, Activity activity, bool serviceUrlVouched, CancellationToken ct)
    {
        try
        {
            var status = await connector.SendWithStatusAsync(activity, serviceUrlVouched, ct);
            return !(status is HttpStatusCode.TooManyRequests || (int?)status >= 500);
        }
        catch (Exception e) when (e is HttpRequestException || (e is TaskCanceledException && !ct.IsCancellationRequested))
        {
            return false;
        }
    }

    public Task<bool> TryPostAsync(string post, DateTimeOffset firstRefused, CancellationToken ct)
    {
        var pending = JsonNode.Parse(post)!;
        var activity = pending["activity"].Deserialize<Activity>(BotFrameworkJson.Options)!;
        return TrySendAsync(connector, activity, pending["serviceUrlVouched"]!.GetValue<bool>(), ct);
    }
}

namespace CoachBot.Host.Telemetry;

/// <summary>
/// Counts every HTTP attempt of a channel's client (each retry too) by status; "error" when no answer came. A
/// <paramref name="fixedMethod"/> names calls whose path must not become a label (a response_url is a bearer webhook).
/// </summary>
internal sealed class OutboundCallMetrics(string api, CoachBotMetrics metrics, string? fixedMethod = null) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // Slack's method is the last path segment (chat.postMessage); the Bot Connector's paths hold ids, so its HTTP verb.
        var method = fixedMethod ?? (api == "slack" ? request.RequestUri?.Segments[^1] ?? "" : request.Method.Method);
        try
        {
            var response = await base.SendAsync(request, cancellationToken);
            metrics.OutboundCall(api, method, ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
            return response;
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            metrics.OutboundCall(api, method, "error");
            throw;
        }
    }
}

using System.Net;
using CoachBot.Host.Tests.Channels.Slack;
using CoachBot.Host.Tests.Support;

namespace CoachBot.Host.Tests.Telemetry;

/// <summary>
/// What Prometheus scrapes from /metrics after real traffic. Counts are not compared: every host in this test process
/// exports every meter named CoachBot, so parallel tests add to them.
/// </summary>
public sealed class MetricsTests
{
    private const string Answer = "I'm so sorry your card was swallowed. What do you need it for today? I'll order a new one now; it will be here by Thursday. Thank you.";

    [Fact]
    public async Task AfterAPracticeRoundTrip_MetricsShowAnswersScoredScoresPerStandardAndHttpRequests()
    {
        await using var factory = new CoachBotFactory(CoachBotFactory.NewDataDirectory());
        var client = factory.CreateClient();
        await client.SendAsync(Activities.Message("practice bank", user: "metrics-user"));
        await client.SendAsync(Activities.Message(Answer, user: "metrics-user"));

        var response = await client.GetAsync("/metrics");
        var metrics = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType!.MediaType, StringComparison.Ordinal);
        Assert.Contains(Lines(metrics, "coachbot_answers_scored_total{"), l => l.Contains("scorer=\"rubric-v2\"") && l.Contains("language=\"en\""));
        Assert.Contains(Lines(metrics, "coachbot_answer_score_bucket{"), l => l.Contains("standard=\"listen-first\"") && l.Contains("le=\"3\""));
        Assert.Contains(Lines(metrics, "http_server_request_duration_seconds_bucket{"), l => l.Contains("http_route=\"/api/messages\""));
    }

    [Fact]
    public async Task SlackReply_IsCountedAsASlackCallByMethodAndStatus()
    {
        await using var host = await SlackTestHost.StartAsync();
        await host.PostJsonAsync("/slack/events", SlackTestHost.Event("practice bank", channel: "D-MET", user: "UMET"));
        await SlackTestHost.Eventually(() => host.Slack.CallsTo("chat.postMessage").Count == 1, "the scenario posted");

        // The fake Slack has the post before the client has Slack's answer, and the exporter keeps a scrape for a moment.
        var metrics = "";
        for (var i = 0; i < 50 && !SlackPostCounted(metrics); i++)
        {
            await Task.Delay(100);
            metrics = await host.Client.GetStringAsync("/metrics");
        }

        Assert.True(SlackPostCounted(metrics), metrics);
    }

    private static bool SlackPostCounted(string metrics) =>
        Lines(metrics, "coachbot_outbound_calls_total{").Any(l => l.Contains("api=\"slack\"") && l.Contains("method=\"chat.postMessage\"") && l.Contains("status=\"200\""));

    [Fact]
    public async Task LlmUnreachable_TheFallbackIsCounted_AndTheAnswerCountsUnderTheOfflineScorer()
    {
        await using var factory = new CoachBotFactory(CoachBotFactory.NewDataDirectory()) { Settings = { ["Scoring:Llm:Endpoint"] = "http://127.0.0.1:9/v1", ["Scoring:Llm:ApiKey"] = "k" } };
        var client = factory.CreateClient();
        await client.SendAsync(Activities.Message("practice bank", user: "fallback-user"));
        await client.SendAsync(Activities.Message(Answer, user: "fallback-user"));

        var metrics = await client.GetStringAsync("/metrics");

        Assert.NotEmpty(Lines(metrics, "coachbot_llm_fallbacks_total"));
        Assert.Contains(Lines(metrics, "coachbot_answers_scored_total{"), l => l.Contains("scorer=\"rubric-v2\""));
    }

    private static List<string> Lines(string metrics, string prefix) =>
        [.. metrics.Split('\n').Where(l => l.StartsWith(prefix, StringComparison.Ordinal))];
}

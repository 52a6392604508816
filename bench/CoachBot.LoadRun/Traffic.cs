using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

namespace CoachBot.LoadRun;

internal enum RequestKind
{
    SlackEvent,
    Activity,
}

/// <summary>
/// Half signed Slack events (a DM that the host acknowledges at once and works on after), half local-mode Bot Framework
/// activities with expectReplies (a whole dialog turn: practice, then a scored answer). 1,000 simulated people.
/// </summary>
internal sealed class Traffic(string slackUrl, string activityUrl, ReplyClock? replies = null)
{
    public const string SigningSecret = "load-run-signing-secret";
    private const string Answer = "Oh no, your card with your trip on Thursday, that's worrying. Did it show a message? I'll block it now and have a new one with you by Wednesday, probably sooner. Thank you, I'll call you Wednesday to check.";
    private int _next;

    public (RequestKind Kind, HttpRequestMessage Request) Next()
    {
        var n = Interlocked.Increment(ref _next);
        var person = n / 2 % 1000;
        var text = n / 2000 % 2 == 0 ? "practice bank" : Answer;
        return n % 2 == 0 ? (RequestKind.SlackEvent, SlackEvent(n, person, text)) : (RequestKind.Activity, Activity(person, text));
    }

    private HttpRequestMessage SlackEvent(int n, int person, string text)
    {
        replies?.Sent($"D{person:D4}");
        var body = $$$"""{"token":"t","team_id":"T1","api_app_id":"A1","type":"event_callback","event_id":"EvLoad{{{n:D9}}}","event_time":1700000001,"event":{"type":"message","channel_type":"im","user":"U{{{person:D4}}}","channel":"D{{{person:D4}}}","text":"{{{text}}}","ts":"1700000001.{{{n:D6}}}"}}""";
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(SigningSecret), Encoding.UTF8.GetBytes($"v0:{timestamp}:{body}")));
        var request = new HttpRequestMessage(HttpMethod.Post, slackUrl) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", signature);
        return request;
    }

    private HttpRequestMessage Activity(int person, string text)
    {
        var body = $$$"""{"type":"message","channelId":"emulator","serviceUrl":"http://localhost:9/","deliveryMode":"expectReplies","text":"{{{text}}}","from":{"id":"load-{{{person}}}"},"recipient":{"id":"coachbot"},"conversation":{"id":"load-conv-{{{person}}}"}}""";
        return new HttpRequestMessage(HttpMethod.Post, activityUrl) { Content = new StringContent(body, new MediaTypeHeaderValue("application/json")) };
    }
}

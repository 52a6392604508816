using System.Globalization;
using System.Net;
using System.Text;
using CoachBot.Host.Channels.Slack;
using CoachBot.Host.Tests.Channels.Slack;
using CoachBot.Host.Tests.Jobs;
using Hangfire;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Host.Tests.Security;

/// <summary>The signatures kept against replayed Slack requests are forgotten by a recurring job once they are too old to replay.</summary>
[Collection(HangfireCollection.Name)]
public sealed class SlackReplayGuardCleanupTests
{
    [Fact]
    public async Task TheRecurringJob_ForgetsSignaturesPastTheReplayWindow_AndKeepsFreshOnes()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = await SlackTestHost.StartAsync(services: s => s.AddSingleton<TimeProvider>(clock));
        var old = Signed(host, "progress", clock.GetUtcNow());
        Assert.Equal(HttpStatusCode.OK, (await host.Client.SendAsync(old())).StatusCode);
        clock.Advance(TimeSpan.FromMinutes(11));
        Assert.Equal(HttpStatusCode.OK, (await host.Client.SendAsync(Signed(host, "help", clock.GetUtcNow())())).StatusCode);
        Assert.Equal(2, Signatures(host));

        host.Factory.Services.GetRequiredService<IRecurringJobManager>().Trigger(SlackReplayGuardCleanup.Id);

        await SlackTestHost.Eventually(() => Signatures(host) == 1, "the old signature to be forgotten");
        Assert.Equal(1, host.Factory.Count("SELECT COUNT(*) FROM inbound_events WHERE Source = 'slack-signature' AND ReceivedAtUtc > datetime('now', '+5 minutes')"));
        // Forgotten, the old request is still refused: its timestamp is past the window.
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Client.SendAsync(old())).StatusCode);
    }

    private static long Signatures(SlackTestHost host) => host.Factory.Count("SELECT COUNT(*) FROM inbound_events WHERE Source = 'slack-signature'");

    /// <summary>A /coach command signed at <paramref name="at"/>; each call makes the same bytes with the same headers.</summary>
    private static Func<HttpRequestMessage> Signed(SlackTestHost host, string text, DateTimeOffset at)
    {
        var form = host.Command(text);
        var body = Encoding.UTF8.GetBytes(string.Join('&', form.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}")));
        var timestamp = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = SlackSignature.Compute(SlackTestHost.SigningSecret, timestamp, body);
        return () =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/slack/commands") { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = new("application/x-www-form-urlencoded");
            request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
            request.Headers.Add("X-Slack-Signature", signature);
            return request;
        };
    }
}

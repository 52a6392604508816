using System.Globalization;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using CoachBot.Host.Channels.Slack;
using CoachBot.Host.Tests.Channels.Slack;
using CoachBot.Host.Tests.Support;

namespace CoachBot.Host.Tests.Hostile;

/// <summary>
/// The hostile-input corpus (corpus.jsonl, made by make-corpus.py): every case gets a 4xx or a clear reply, never a
/// 5xx, and the database changes only where the input was a valid answer, which is then stored exactly as sent.
/// </summary>
public sealed class HostileInputTests(HostileInputTests.SharedHost shared) : IClassFixture<HostileInputTests.SharedHost>
{
    private const int MaxAnswer = 2_000;

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Hostile", "corpus.jsonl")))
        {
            data.Add(line);
        }

        return data;
    }

    [Fact]
    public void Corpus_HasAtLeast200Cases() => Assert.True(Cases().Count >= 200, $"{Cases().Count} cases");

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task HostileInput_GetsAClearAnswer_AndStoresOnlyValidAnswers(string json)
    {
        var c = JsonNode.Parse(json)!.AsObject();
        var id = Hash(c["id"]!.GetValue<string>());
        var host = shared.Host;
        var attemptsBefore = host.Factory.Count("SELECT COUNT(*) FROM attempts");
        var kind = c["kind"]!.GetValue<string>();
        var target = c["target"]!.GetValue<string>();

        if (kind == "answer")
        {
            await AnswerAsync(host, target, id, c["text"]!.GetValue<string>());
            return;
        }

        var response = kind == "signature" ? await ForgedAsync(host, c["variant"]!.GetValue<string>()) : await RawAsync(host, target, c);
        var status = (int)response.StatusCode;
        Assert.True(status < 500, $"{c["id"]}: {status} {await response.Content.ReadAsStringAsync()}");
        switch (c["expect"]!.GetValue<string>())
        {
            case "4xx":
                Assert.InRange(status, 400, 499);
                break;
            case "401":
                Assert.Equal(401, status);
                break;
        }

        await Task.Delay(50); // Slack work runs after the acknowledgement
        Assert.Equal(attemptsBefore, host.Factory.Count("SELECT COUNT(*) FROM attempts"));
    }

    private static async Task AnswerAsync(SlackTestHost host, string target, string id, string text)
    {
        var valid = text.Trim().Length > 0 && text.Length <= MaxAnswer;
        switch (target)
        {
            case "botframework":
                await host.Client.SendAsync(Activities.Message("practice bank", user: id, conversation: id));
                var replies = await host.Client.SendAsync(Activities.Message(text, user: id, conversation: id));
                Assert.NotEmpty(replies);
                break;
            case "webchat":
                Assert.True((await host.Client.PostAsJsonAsync("/api/webchat/messages", new { userId = id, text = "practice bank" })).IsSuccessStatusCode);
                var response = await host.Client.PostAsJsonAsync("/api/webchat/messages", new { userId = id, text });
                var body = await response.Content.ReadAsStringAsync();
                Assert.True(response.IsSuccessStatusCode || ((int)response.StatusCode == 413 && body.Contains("at most", StringComparison.Ordinal)), body);
                break;
            case "slack-events":
                await host.PostJsonAsync("/slack/events", SlackTestHost.Event("practice bank", channel: "D" + id, user: "U" + id));
                await host.PostJsonAsync("/slack/events", SlackTestHost.Event(text, channel: "D" + id, user: "U" + id));
                await SlackTestHost.Eventually(() => host.Slack.CallsTo("chat.postMessage").Count(p => p["channel"]!.GetValue<string>() == "D" + id) >= 2, "both replies");
                break;
            default:
                var command = host.Command(text, channel: "C" + id);
                var ack = await host.PostFormAsync("/slack/commands", command);
                Assert.True(ack.IsSuccessStatusCode);
                Assert.False(string.IsNullOrEmpty((await ack.Content.ReadFromJsonAsync<JsonObject>())!["text"]?.GetValue<string>()));
                return;
        }

        var stored = host.Factory.Strings($"SELECT Answer FROM attempts WHERE UserId IN ('{id}', 'U{id}')");
        Assert.True(stored.Count <= 1, $"{stored.Count} attempts stored for one answer");
        if (!valid)
        {
            Assert.Empty(stored);
        }
        else if (stored.Count == 1)
        {
            Assert.Equal(text.Trim(), stored[0]); // the answer as typed, less surrounding whitespace
        }
    }

    private static Task<HttpResponseMessage> RawAsync(SlackTestHost host, string target, JsonObject c)
    {
        var bytes = c["body_b64"] is { } b64 ? Convert.FromBase64String(b64.GetValue<string>()) : Encoding.UTF8.GetBytes(c["body"]!.GetValue<string>());
        var (path, type) = target switch
        {
            "botframework" => ("/api/messages", "application/json"),
            "webchat" => ("/api/webchat/messages", "application/json"),
            "slack-events" => ("/slack/events", "application/json"),
            "slack-commands" => ("/slack/commands", "application/x-www-form-urlencoded"),
            _ => ("/slack/interactions", "application/x-www-form-urlencoded"),
        };
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new(type);
        if (target.StartsWith("slack", StringComparison.Ordinal))
        {
            var ts = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
            request.Headers.Add("X-Slack-Request-Timestamp", ts);
            request.Headers.Add("X-Slack-Signature", SlackSignature.Compute(SlackTestHost.SigningSecret, ts, bytes));
        }

        return host.Client.SendAsync(request);
    }

    private static Task<HttpResponseMessage> ForgedAsync(SlackTestHost host, string variant)
    {
        var body = SlackTestHost.Event("practice bank", channel: "DFORGED", user: "UFORGED").ToJsonString();
        var bytes = Encoding.UTF8.GetBytes(body);
        var now = DateTimeOffset.UtcNow;
        var ts = (variant switch { "stale" => now.AddMinutes(-6), "future" => now.AddMinutes(10), _ => now }).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = variant switch
        {
            "forged" => SlackSignature.Compute("not-the-secret", ts, bytes),
            "replayed-other-body" => SlackSignature.Compute(SlackTestHost.SigningSecret, ts, Encoding.UTF8.GetBytes(body + " ")),
            "bad-version" => "v1=" + SlackSignature.Compute(SlackTestHost.SigningSecret, ts, bytes)[3..],
            _ => SlackSignature.Compute(SlackTestHost.SigningSecret, ts, bytes),
        };
        var request = new HttpRequestMessage(HttpMethod.Post, "/slack/events") { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new("application/json");
        if (variant != "missing")
        {
            request.Headers.Add("X-Slack-Request-Timestamp", ts);
            request.Headers.Add("X-Slack-Signature", signature);
        }

        return host.Client.SendAsync(request);
    }

    private static string Hash(string caseId) => "h" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(caseId)))[..16];

    /// <summary>One host with Slack configured, shared by the whole corpus: each case uses its own user and conversation.</summary>
    public sealed class SharedHost : IAsyncLifetime
    {
        public SlackTestHost Host { get; private set; } = null!;

        // The whole corpus comes from one client, and /coach cases all as one Slack user: rate limits are tested elsewhere.
        public async Task InitializeAsync() => Host = await SlackTestHost.StartAsync(settings: new Dictionary<string, string>
        {
            ["RateLimits:ChatPerIpPerMinute"] = "100000",
            ["RateLimits:SlackPerIpPerMinute"] = "100000",
            ["RateLimits:PerPersonPerMinute"] = "100000",
        });

        public async Task DisposeAsync() => await Host.DisposeAsync();
    }
}

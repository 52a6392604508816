using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using CoachBot.Host.Channels.Slack;
using CoachBot.Host.Tests.Support;

namespace CoachBot.Host.Tests.Channels.Slack;

/// <summary>The host with Slack configured against the fake Slack; sends requests signed as Slack signs them.</summary>
public sealed class SlackTestHost : IAsyncDisposable
{
    public const string SigningSecret = "test-signing-secret-not-real";
    private static int _events;
    private readonly string _data;
    private CoachBotFactory _factory;

    private SlackTestHost(FakeSlack slack, bool socketMode, IDictionary<string, string>? settings, Action<IServiceCollection>? services)
    {
        Slack = slack;
        _data = CoachBotFactory.NewDataDirectory();
        _factory = Configure(new CoachBotFactory(_data) { TestServices = services }, slack, socketMode, settings);
        Client = Factory.CreateClient();
    }

    private static CoachBotFactory Configure(CoachBotFactory factory, FakeSlack slack, bool socketMode, IDictionary<string, string>? settings)
    {
        factory.Settings["Slack:SigningSecret"] = SigningSecret;
        factory.Settings["Slack:BotToken"] = "xoxb-test-token";
        factory.Settings["Slack:ApiBaseUrl"] = slack.ApiBaseUrl;
        factory.Settings["Slack:ChannelPostInterval"] = "00:00:00";
        if (socketMode)
        {
            factory.Settings["Slack:AppToken"] = "xapp-test-token";
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            factory.Settings[key] = value;
        }

        return factory;
    }

    public FakeSlack Slack { get; }

    public CoachBotFactory Factory => _factory;

    /// <summary>Stops the host and starts a new one on the same database and the same fake Slack, as a process restart would.</summary>
    /// <param name="whileStopped">What changes while no host runs, e.g. Slack coming back.</param>
    public async Task RestartAsync(Action? whileStopped = null)
    {
        Client.Dispose();
        await _factory.DisposeAsync();
        whileStopped?.Invoke();
        _factory = Configure(new CoachBotFactory(_data), Slack, socketMode: false, settings: null);
        Client = Factory.CreateClient();
    }

    public HttpClient Client { get; private set; }

    /// <summary>Another instance on the same database and the same fake Slack, not started until its first client is made.</summary>
    public CoachBotFactory AnotherInstance(IDictionary<string, string>? settings = null) =>
        Configure(new CoachBotFactory(_data), Slack, socketMode: false, settings);

    /// <param name="services">Service overrides for the host, e.g. a log capture or a fake clock.</param>
    public static async Task<SlackTestHost> StartAsync(bool socketMode = false, IDictionary<string, string>? settings = null, Action<IServiceCollection>? services = null) =>
        new(await FakeSlack.StartAsync(), socketMode, settings, services);

    public static JsonObject Event(string text, string channel = "D123", string user = "U1", string type = "message", string? eventId = null)
    {
        var e = new JsonObject { ["type"] = type, ["user"] = user, ["text"] = text, ["channel"] = channel, ["ts"] = "1700000001.000200", ["event_ts"] = "1700000001.000200" };
        if (type == "message")
        {
            e["channel_type"] = "im";
        }

        return new JsonObject
        {
            ["token"] = "legacy",
            ["team_id"] = "T1",
            ["api_app_id"] = "A1",
            ["type"] = "event_callback",
            ["event_id"] = eventId ?? $"Ev{Interlocked.Increment(ref _events):D6}",
            ["event_time"] = 1_700_000_001,
            ["authorizations"] = new JsonArray(new JsonObject { ["user_id"] = "UBOT", ["is_bot"] = true }),
            ["event"] = e,
        };
    }

    public Task<HttpResponseMessage> PostJsonAsync(string path, JsonObject body, Action<HttpRequestMessage>? tweak = null) =>
        PostAsync(path, body.ToJsonString(), "application/json", tweak);

    public Task<HttpResponseMessage> PostFormAsync(string path, IDictionary<string, string> form, Action<HttpRequestMessage>? tweak = null) =>
        PostAsync(path, string.Join('&', form.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}")), "application/x-www-form-urlencoded", tweak);

    public Dictionary<string, string> Command(string text, string channel = "C1") => new()
    {
        ["token"] = "legacy", ["team_id"] = "T1", ["team_domain"] = "acme", ["channel_id"] = channel, ["channel_name"] = "general",
        ["user_id"] = "U1", ["user_name"] = "alex", ["command"] = "/coach", ["text"] = text, ["response_url"] = Slack.ResponseUrl,
        ["trigger_id"] = $"1.2.{Interlocked.Increment(ref _events)}", // Slack's trigger ids differ, so no two commands are the same signed body
    };

    public async Task<HttpResponseMessage> PostAsync(string path, string body, string contentType, Action<HttpRequestMessage>? tweak = null)
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var bytes = Encoding.UTF8.GetBytes(body);
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new(contentType);
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", SlackSignature.Compute(SigningSecret, timestamp, bytes));
        tweak?.Invoke(request);
        return await Client.SendAsync(request);
    }

    /// <summary>Work after the acknowledgement is asynchronous: wait for it, up to 10 s unless told otherwise.</summary>
    public static async Task Eventually(Func<bool> condition, string what, int seconds = 10)
    {
        for (var i = 0; i < seconds * 20 && !condition(); i++)
        {
            await Task.Delay(50);
        }

        Assert.True(condition(), "timed out waiting for " + what);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        await Slack.DisposeAsync();
        Directory.Delete(_data, recursive: true);
    }
}

using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CoachBot.Host.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.Host.Tests.Channels.Teams;

/// <summary>The host configured as a registered Azure Bot, against the fake Bot Framework cloud.</summary>
public sealed class TeamsTestHost : IAsyncDisposable
{
    public const string AppId = "11111111-2222-3333-4444-555555555555";
    private readonly string _data = CoachBotFactory.NewDataDirectory();

    private TeamsTestHost(FakeBotFrameworkCloud cloud, IDictionary<string, string>? settings)
    {
        Cloud = cloud;
        Factory = new CoachBotFactory(_data)
        {
            TestServices = s => s.AddHttpClient("msal").ConfigurePrimaryHttpMessageHandler(() => new RedirectHandler(cloud.BaseUrl)),
        };
        Factory.Settings["MicrosoftAppId"] = AppId;
        Factory.Settings["MicrosoftAppPassword"] = "test-secret-not-real";
        Factory.Settings["BotFramework:OpenIdMetadataUrl"] = cloud.MetadataUrl;
        Factory.Settings["BotFramework:LoginAuthorityHost"] = "https://login.test";
        Factory.Settings["BotFramework:UnknownKeyRefreshGap"] = "00:00:00";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            Factory.Settings[key] = value;
        }

        Client = Factory.CreateClient();
    }

    public FakeBotFrameworkCloud Cloud { get; }

    public CoachBotFactory Factory { get; }

    public HttpClient Client { get; }

    public static async Task<TeamsTestHost> StartAsync(IDictionary<string, string>? settings = null) => new(await FakeBotFrameworkCloud.StartAsync(), settings);

    /// <summary>A Teams personal-chat activity from user 29:alex, addressed to the bot 28:AppId.</summary>
    public JsonObject Activity(string type, string? text = null, string conversationType = "personal")
    {
        var activity = Activities.Base(type, "29:alex", conversationType == "personal" ? "a:personal-alex" : "19:general@thread.tacv2", Cloud.ServiceUrl);
        activity["channelId"] = "msteams";
        activity["recipient"] = new JsonObject { ["id"] = "28:" + AppId, ["name"] = "CoachBot" };
        activity["conversation"]!["conversationType"] = conversationType;
        activity["conversation"]!["tenantId"] = "tenant-1";
        if (text is not null)
        {
            activity["text"] = text;
        }

        return activity;
    }

    public Task<HttpResponseMessage> PostAsync(JsonObject activity, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(activity) };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return Client.SendAsync(request);
    }

    public string GoodToken() => Cloud.Token(AppId, Cloud.ServiceUrl);

    public List<JsonObject> RepliesSent() => Cloud.ConnectorRequests.Where(r => r.Path.Contains("/activities", StringComparison.Ordinal)).Select(r => r.Body!).ToList();

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        await Cloud.DisposeAsync();
        Directory.Delete(_data, recursive: true);
    }
}

using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CoachBot.Core.People;
using CoachBot.Host.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Host.Tests.Reports;

/// <summary>
/// The host with a directory of two teams, people practising in Teams (a registered bot: every activity carries a token from
/// the fake Bot Framework cloud) on a fake clock, and sign-ins for each role.
/// Front desk: manager Mia (p-mia-7), Ana (p-ana-7), Ben (p-ben-7). Kitchen: manager Kai (p-kai-7), Cara (p-cara-7). HR: Hana (p-hana-7).
/// </summary>
public sealed class ReportTestHost : IAsyncDisposable
{
    public const string Password = "correct horse battery";
    public const string GoodAnswer = "I'm so sorry your card was swallowed, that's stressful. Can I ask what you need the card for today? I'll order a new one now and it will be here by Thursday; if not, I'll call you Friday morning. Thank you, and please ring me on 0123 if anything else comes up.";
    public const string WeakAnswer = "That's the machine. Nothing I can do about it.";

    private ReportTestHost(CoachBotFactory factory, FakeTimeProvider clock, FakeBotFrameworkCloud cloud)
    {
        Factory = factory;
        Clock = clock;
        Cloud = cloud;
    }

    public CoachBotFactory Factory { get; }

    public FakeBotFrameworkCloud Cloud { get; }

    public FakeTimeProvider Clock { get; }

    public static readonly Person[] People =
    [
        new("p-hana-7", "Hana HR", "hana@example.com", "People team", null, Role.Hr, [new ChatAccount("msteams", "29:hana-7")]),
        new("p-mia-7", "Mia Manager", "mia@example.com", "Front desk", null, Role.Manager, [new ChatAccount("msteams", "29:mia-7")]),
        new("p-ana-7", "Ana Alvarez", "ana@example.com", "Front desk", "p-mia-7", Role.Employee, [new ChatAccount("msteams", "29:ana-7"), new ChatAccount("slack", "UANA7")]),
        new("p-ben-7", "Ben Brown", "ben@example.com", "Front desk", "p-mia-7", Role.Employee, [new ChatAccount("msteams", "29:ben-7")]),
        new("p-kai-7", "Kai Kitchen", "kai@example.com", "Kitchen", null, Role.Manager, [new ChatAccount("msteams", "29:kai-7")]),
        new("p-cara-7", "Cara Cook", "cara@example.com", "Kitchen", "p-kai-7", Role.Employee, [new ChatAccount("msteams", "29:cara-7")]),
    ];

    /// <summary>One hash for every test host: at 600,000 iterations each one takes a noticeable part of a second.</summary>
    public static readonly Lazy<string> PasswordHashOnce = new(() => PasswordHash.Create(Password));

    public static async Task<ReportTestHost> StartAsync(Action<Dictionary<string, string>>? settings = null, Action<IServiceCollection>? services = null)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero)); // a Monday
        var cloud = await FakeBotFrameworkCloud.StartAsync();
        var factory = new CoachBotFactory(CoachBotFactory.NewDataDirectory()) { TestServices = s => { s.AddSingleton<TimeProvider>(clock); services?.Invoke(s); } };
        factory.Settings["MicrosoftAppId"] = Channels.Teams.TeamsTestHost.AppId;
        factory.Settings["MicrosoftAppPassword"] = "test-secret-not-real";
        factory.Settings["BotFramework:OpenIdMetadataUrl"] = cloud.MetadataUrl;
        settings?.Invoke(factory.Settings);
        var host = new ReportTestHost(factory, clock, cloud);
        var directory = factory.Services.GetRequiredService<IPeopleDirectory>();
        await directory.ImportAsync(People, CancellationToken.None);
        var logins = factory.Services.GetRequiredService<ILocalLoginStore>();
        foreach (var person in People)
        {
            await logins.SaveAsync(new LocalLogin(person.Id, PasswordHashOnce.Value, MustChangePassword: false), CancellationToken.None);
        }

        return host;
    }

    /// <summary>Practise one scenario and answer it in Teams, as this person, at the fake clock's time.</summary>
    public async Task AnswerAsync(string teamsUserId, string answer, string topic = "bank")
    {
        var client = TeamsClient();
        await client.SendAsync(Teams($"practice {topic}", teamsUserId));
        await client.SendAsync(Teams(answer, teamsUserId));
        Clock.Advance(TimeSpan.FromMinutes(1));
    }

    public async Task<string> ChatAsync(string teamsUserId, string text)
    {
        var replies = await TeamsClient().SendAsync(Teams(text, teamsUserId));
        return string.Join("\n", replies.Select(Activities.TextOf));
    }

    /// <summary>A client that sends what Teams sends: each activity with a channel token valid at the fake clock's time.</summary>
    public HttpClient TeamsClient() => Factory.CreateDefaultClient(new BearerToken(() => Cloud.Token(Channels.Teams.TeamsTestHost.AppId, TeamsServiceUrl, now: Clock.GetUtcNow().UtcDateTime)));

    private const string TeamsServiceUrl = "http://localhost:9/";

    public static JsonObject Teams(string text, string user)
    {
        var activity = Activities.Message(text, user, conversation: "a:" + user);
        activity["channelId"] = "msteams";
        return activity;
    }

    /// <summary>A browser-like client (cookies, no automatic redirects) signed in as the person.</summary>
    public async Task<HttpClient> SignInAsync(string login, string password = Password)
    {
        var client = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var response = await SignInForm.PostAsync(client, "/signin", ("login", login), ("password", password));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public static async Task<JsonObject> ReportAsync(HttpClient client, string query = "")
    {
        var response = await client.GetAsync("/api/reports/progress" + query);
        Assert.True(response.IsSuccessStatusCode, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    public static List<string> PersonIds(JsonObject report) => report["people"]!.AsArray().Select(p => p!["id"]!.GetValue<string>()).Order().ToList();

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Cloud.DisposeAsync();
    }
}

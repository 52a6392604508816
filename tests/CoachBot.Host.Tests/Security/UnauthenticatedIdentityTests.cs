using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using CoachBot.Core.Coaching;
using CoachBot.Core.People;
using CoachBot.Core.Scoring;
using CoachBot.Host.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CoachBot.Host.Tests.Security;

/// <summary>
/// Local mode (no app id): /api/messages takes activities without a token, so whatever channelId and from.id they claim is
/// untrusted. They must never act as, read or add to a directory person's Slack or Teams account.
/// </summary>
public sealed class UnauthenticatedIdentityTests : IDisposable
{
    private const string EmployeeAnswer = "Ana's real answer about the swallowed card, typed in Slack.";
    private readonly string _data = CoachBotFactory.NewDataDirectory();

    private static readonly Person[] People =
    [
        new("hana", "Hana HR", null, "People", null, Role.Hr, [new ChatAccount("slack", "U0HANA"), new ChatAccount("msteams", "29:hana")]),
        new("mia", "Mia Manager", null, "Front desk", null, Role.Manager, [new ChatAccount("slack", "U0MIA"), new ChatAccount("msteams", "29:mia")]),
        new("ana", "Ana Alvarez", null, "Front desk", "mia", Role.Employee, [new ChatAccount("slack", "U0ANA"), new ChatAccount("msteams", "29:ana")]),
    ];

    [Theory]
    [InlineData("slack", "U0HANA")]
    [InlineData("msteams", "29:hana")]
    public async Task ClaimingAnHrAccount_WithoutAToken_GetsNoCompanyReport(string channel, string user)
    {
        using var factory = await StartWithDirectoryAsync();

        var reply = await SayAsync(factory, channel, user, "report");

        Assert.Contains("The company report is for HR", reply);
        Assert.DoesNotContain("Front desk", reply);
    }

    [Theory]
    [InlineData("slack", "U0MIA")]
    [InlineData("msteams", "29:mia")]
    public async Task ClaimingAManagersAccount_WithoutAToken_GetsNoTeamAndCannotSchedule(string channel, string user)
    {
        using var factory = await StartWithDirectoryAsync();

        var team = await SayAsync(factory, channel, user, "team");
        var schedule = await SayAsync(factory, channel, user, "schedule weekdays at 09:00 for @U0ANA");
        var forMyTeam = await SayAsync(factory, channel, user, "schedule weekdays at 09:00 for my team");

        Assert.Contains("Team reports are for managers and HR", team);
        Assert.Contains("this chat is anonymous", schedule);
        Assert.Contains("this chat is anonymous", forMyTeam);
        Assert.Equal(0, factory.Count("SELECT COUNT(*) FROM nudge_schedules"));
    }

    [Theory]
    [InlineData("slack", "U0ANA")]
    [InlineData("msteams", "29:ana")]
    public async Task ClaimingAnEmployeesAccount_WithoutAToken_NeitherReadsNorAddsToTheirData(string channel, string user)
    {
        using var factory = await StartWithDirectoryAsync();
        await StoreSlackAnswerAsync(factory, "U0ANA");

        var progress = await SayAsync(factory, channel, user, "progress");
        var myData = await SayAsync(factory, channel, user, "my data");
        var link = new Uri(myData.Split(' ', '\n').First(w => w.StartsWith("http", StringComparison.Ordinal)));
        var export = await factory.CreateClient().GetStringAsync(link.PathAndQuery);
        await SayAsync(factory, channel, user, "practice bank");
        await SayAsync(factory, channel, user, "I'm so sorry. I'll order a new card now; it will be here by Thursday.");

        Assert.Contains("No practice yet", progress);
        Assert.DoesNotContain(EmployeeAnswer, export);
        Assert.DoesNotContain("\"slack\"", export);
        Assert.DoesNotContain("\"msteams\"", export);
        Assert.Equal(1, factory.Count("SELECT COUNT(*) FROM attempts WHERE ChannelId='slack'")); // only Ana's own
        Assert.Equal(1, factory.Count("SELECT COUNT(*) FROM attempts WHERE ChannelId='local'")); // the try-out's answer, kept as an anonymous one
        Assert.Equal(0, factory.Count($"SELECT COUNT(*) FROM conversation_references WHERE ChannelId='{channel}'"));
    }

    [Fact]
    public async Task LocalModeSwitchedOff_AnActivityWithoutAToken_Is401_AndNothingIsStored()
    {
        using var factory = new CoachBotFactory(_data) { Settings = { ["BotFramework:AllowUnauthenticated"] = "false" } };
        var client = factory.CreateClient();

        var response = await client.PostAsJsonAsync("/api/messages", Activities.Message("practice bank"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, factory.Count("SELECT COUNT(*) FROM dialog_states"));
        Assert.Equal(0, factory.Count("SELECT COUNT(*) FROM conversation_references"));
    }

    [Theory]
    [InlineData("/api/messages", "text/plain")]
    [InlineData("/api/messages", "application/x-www-form-urlencoded")]
    [InlineData("/api/webchat/messages", "text/plain")]
    [InlineData("/api/webchat/messages", "multipart/form-data")]
    public async Task ABodyAnotherSitesPageCouldPost_Is415_AndNothingIsStored(string path, string contentType)
    {
        using var factory = new CoachBotFactory(_data);
        var json = path == "/api/messages" ? Activities.Message("practice bank").ToJsonString() : """{"userId":"web-1","text":"practice bank"}""";

        var response = await factory.CreateClient().PostAsync(path, new StringContent(json, Encoding.UTF8, contentType));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal(0, factory.Count("SELECT COUNT(*) FROM dialog_states"));
    }

    [Fact]
    public async Task WebChatSwitchedOff_ItsPageAndEndpointAreGone()
    {
        using var factory = new CoachBotFactory(_data) { Settings = { ["WebChat:Enabled"] = "false" } };
        var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync("/api/webchat/messages", new { userId = "web-1", text = "help" })).StatusCode);
    }

    [Theory]
    [InlineData(false, "Bot Framework local mode, unauthenticated (anonymous, no roles); Slack HTTP signed; web chat on, anonymous (no roles)")]
    [InlineData(true, "Bot Framework off; Slack off; web chat off")]
    public async Task AtStart_TheHostSaysWhichModeEachChannelIsIn(bool locked, string expected)
    {
        var logs = new CapturedLogs();
        using var factory = new CoachBotFactory(_data) { TestServices = s => s.AddSingleton<ILoggerProvider>(logs) };
        if (locked)
        {
            factory.Settings["BotFramework:AllowUnauthenticated"] = "false";
            factory.Settings["WebChat:Enabled"] = "false";
        }
        else
        {
            factory.Settings["Slack:SigningSecret"] = "secret";
        }

        (await factory.CreateClient().GetAsync("/healthz")).EnsureSuccessStatusCode();

        Assert.Contains(logs.Lines, l => l == "Channels: " + expected);
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);

    private async Task<CoachBotFactory> StartWithDirectoryAsync()
    {
        var factory = new CoachBotFactory(_data);
        await factory.Services.GetRequiredService<IPeopleDirectory>().ImportAsync(People, default);
        return factory;
    }

    private static async Task StoreSlackAnswerAsync(CoachBotFactory factory, string slackUser)
    {
        var address = new ChatAddress("slack", "D-" + slackUser, slackUser);
        var scores = new[] { new StandardScore("listen-first", 2, [], null, null) };
        var attempt = new CoachBot.Core.Progress.Attempt(Guid.NewGuid(), address, "bank-card-swallowed", EmployeeAnswer, "rubric-v1", DateTimeOffset.UtcNow, scores);
        await factory.Services.GetRequiredService<ICoachingStore>().SaveAttemptAsync(attempt, DialogState.New(address, DateTimeOffset.UtcNow), default);
    }

    private static async Task<string> SayAsync(CoachBotFactory factory, string channel, string user, string text)
    {
        var activity = Activities.Message(text, user, conversation: "a:" + user);
        activity["channelId"] = channel;
        var replies = await factory.CreateClient().SendAsync(activity);
        return string.Join("\n", replies.Select(Activities.TextOf));
    }
}

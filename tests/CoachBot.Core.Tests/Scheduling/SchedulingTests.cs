using CoachBot.Core.Coaching;
using CoachBot.Core.Content;
using CoachBot.Core.People;
using CoachBot.Core.Progress;
using CoachBot.Core.Scheduling;
using CoachBot.Core.Scoring;
using CoachBot.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Core.Tests.Scheduling;

/// <summary>
/// Schedules written in chat and run on a fake clock against a real SQLite store; only the chat platform is a recording fake.
/// </summary>
public sealed class SchedulingTests : IAsyncLifetime
{
    private static readonly ContentPack Pack = ContentLoader.Load(Path.Combine(AppContext.BaseDirectory, "prompts"));
    private readonly string _db = Path.Combine(Path.GetTempPath(), "coachbot-nudges-" + Guid.NewGuid().ToString("N") + ".db");
    // Monday 19 October 2026, 00:00 UTC: London leaves summer time on Sunday 25 October, New York on 1 November.
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 10, 19, 0, 0, 0, TimeSpan.Zero));
    private readonly RecordingSender _platform = new();
    private readonly SchedulingOptions _options = new()
    {
        Managers = ["test:manager"],
        Teams = [new TeamOptions { Manager = "test:manager", Members = ["ana", "ben", "kei", "gone"] }],
    };
    private ServiceProvider _services = null!;
    private Scheduling _scheduling = null!;

    public async Task InitializeAsync()
    {
        _platform.Clock = _clock;
        _services = new ServiceCollection().AddSqliteStorage(_ => _db).BuildServiceProvider();
        await _services.MigrateStorageAsync();
        _scheduling = Build();
    }

    [Fact]
    public async Task WeekdaysAtNine_InThreeZones_OverTwoWeeksAndTwoDstChanges_PostsOncePerPersonPerWorkingDay_AtNineLocal()
    {
        _platform.Zones["ana"] = "Europe/London";
        _platform.Zones["ben"] = "America/New_York";
        _platform.Zones["kei"] = "Asia/Tokyo";
        var reply = await _scheduling.HandleCommandAsync(new ChatAddress("test", "c", "manager"), "schedule weekdays at 09:00 for @ana @ben @kei", default);
        Assert.Contains("every weekday at 09:00", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Next prompts: Mon 19 Oct 09:00 Europe/London", reply.Text, StringComparison.Ordinal);

        await RunAsync(TimeSpan.FromDays(14), step: TimeSpan.FromMinutes(15));

        foreach (var (user, zone) in _platform.Zones)
        {
            var posts = _platform.Sent.Where(s => s.User == user).ToList();
            Assert.Equal(10, posts.Count);
            var local = posts.Select(p => TimeZoneInfo.ConvertTime(p.At, TimeZoneInfo.FindSystemTimeZoneById(zone))).ToList();
            Assert.All(local, t => Assert.InRange(t.TimeOfDay, TimeSpan.FromHours(9), TimeSpan.FromHours(9.25)));
            Assert.All(local, t => Assert.NotEqual(DayOfWeek.Saturday, t.DayOfWeek));
            Assert.All(local, t => Assert.NotEqual(DayOfWeek.Sunday, t.DayOfWeek));
            Assert.Equal(10, local.Select(t => t.Date).Distinct().Count());
        }
    }

    [Fact]
    public async Task APrompt_GoesOutInEachPersonsStoredLanguage_TheirChoiceBeforeTheirPlatformsLocale()
    {
        var languages = _services.GetRequiredService<CoachBot.Core.Texts.IUserLanguageStore>();
        await languages.SaveAsync("test", "ana", new(null, "ru"), _clock.GetUtcNow(), default);
        await languages.SaveAsync("test", "ben", new("mn", "ru"), _clock.GetUtcNow(), default);
        var scheduling = Build(languages: languages);
        await languages.SaveAsync("test", "manager", new("ru", null), _clock.GetUtcNow(), default);
        var confirmation = await scheduling.HandleCommandAsync(new ChatAddress("test", "c", "manager"), "schedule daily at 09:00 for @ana @ben @kei topic bank", default);
        Assert.Contains("каждый день в 09:00 (тема: банк), для 3 человек. Ближайшие напоминания:", confirmation.Text, StringComparison.Ordinal);

        var due = _clock.GetUtcNow().AddHours(9.1);
        while (_clock.GetUtcNow() < due)
        {
            _clock.Advance(TimeSpan.FromMinutes(15));
            foreach (var id in await scheduling.ClaimDueAsync(default))
            {
                await scheduling.DeliverAsync(id, default);
            }
        }

        Assert.StartsWith("Ваш момент истины на сегодня.", _platform.Sent.Single(s => s.User == "ana").Reply.Text, StringComparison.Ordinal);
        Assert.StartsWith("Таны өнөөдрийн шийдвэрлэх мөч.", _platform.Sent.Single(s => s.User == "ben").Reply.Text, StringComparison.Ordinal);
        Assert.StartsWith("Your moment of truth for today.", _platform.Sent.Single(s => s.User == "kei").Reply.Text, StringComparison.Ordinal);
        var ben = _platform.Sent.Single(s => s.User == "ben").Reply.Scenario!;
        Assert.Equal(Pack.FindScenario(ben.ScenarioId)!.In("mn").Title, ben.Title);
        Assert.Equal("Салбар", ben.Labels.Industry);
    }

    [Fact]
    public async Task AChannelPrompt_IsPostedInTheLanguageOfTheManagerWhoScheduledIt()
    {
        var languages = _services.GetRequiredService<CoachBot.Core.Texts.IUserLanguageStore>();
        await languages.SaveAsync("test", "manager", new("ru", null), _clock.GetUtcNow(), default);
        var scheduling = Build(languages: languages);
        await scheduling.HandleCommandAsync(new ChatAddress("test", "C42", "manager"), "schedule daily at 09:00 for <#C42|frontline> topic bank", default);

        var due = _clock.GetUtcNow().AddHours(9.1);
        while (_clock.GetUtcNow() < due)
        {
            _clock.Advance(TimeSpan.FromMinutes(15));
            foreach (var id in await scheduling.ClaimDueAsync(default))
            {
                await scheduling.DeliverAsync(id, default);
            }
        }

        var post = _platform.Sent.Single(s => s.User == "#C42").Reply;
        Assert.StartsWith("Момент истины на сегодня для всей команды.", post.Text, StringComparison.Ordinal);
        Assert.Equal(Pack.FindScenario(post.Scenario!.ScenarioId)!.In("ru").Title, post.Scenario.Title);
    }

    [Fact]
    public async Task AScheduleThatNamesNoTopic_BringsEachPersonTheIndustryTheyChoseInChat()
    {
        var choices = _services.GetRequiredService<IPracticeChoiceStore>();
        var coaching = new CoachingService(Pack, new RubricAnswerScorer(Pack), _services.GetRequiredService<ICoachingStore>(), _clock,
            NullLogger<CoachingService>.Instance, practiceChoices: choices);
        await coaching.HandleAsync(new IncomingMessage(new ChatAddress("test", "dm-ana", "ana"), "practice taxi"), default);
        _scheduling = Build(choices: choices);
        await _scheduling.HandleCommandAsync(new ChatAddress("test", "c", "manager"), "schedule daily at 09:00 for @ana @ben", default);
        await _scheduling.HandleCommandAsync(new ChatAddress("test", "c", "manager"), "schedule daily at 10:00 for @ana topic bank", default);

        await RunAsync(TimeSpan.FromDays(3), TimeSpan.FromMinutes(30));

        var ana = _platform.Sent.Where(s => s.User == "ana").Select(s => Pack.FindScenario(s.Reply.Scenario!.ScenarioId)!.Industry).ToList();
        Assert.Equal(["taxi service", "bank", "taxi service", "bank", "taxi service", "bank"], ana);
        Assert.Contains(_platform.Sent.Where(s => s.User == "ben"), s => Pack.FindScenario(s.Reply.Scenario!.ScenarioId)!.Industry != "taxi service");
    }

    [Fact]
    public async Task PausedSchedule_PostsNothing_ResumedPostsAgain()
    {
        var me = new ChatAddress("test", "c", "emp");
        await _scheduling.HandleCommandAsync(me, "schedule daily at 09:00", default);
        var id = (await _services.GetRequiredService<INudgeStore>().ListByOwnerAsync("test", "emp", default)).Single().Id.ToString("N")[..6];
        Assert.StartsWith("Paused", (await _scheduling.HandleCommandAsync(me, $"pause {id}", default)).Text, StringComparison.Ordinal);

        await RunAsync(TimeSpan.FromDays(3), TimeSpan.FromMinutes(30));
        Assert.Empty(_platform.Sent);

        await _scheduling.HandleCommandAsync(me, $"resume {id}", default);
        await RunAsync(TimeSpan.FromDays(1), TimeSpan.FromMinutes(30));
        Assert.Single(_platform.Sent);
    }

    [Fact]
    public async Task QuietDatesAndTheEndDate_AreSkipped()
    {
        var store = _services.GetRequiredService<INudgeStore>();
        await store.AddAsync(new NudgeSchedule(Guid.NewGuid(), "test", "emp", [new NudgeRecipient("emp", "UTC")], new WeeklyRule(WeeklyRule.Weekdays, new TimeOnly(9, 0)),
            new NudgeContent(NudgeContentKind.AnyScenario), false, new DateOnly(2026, 10, 22), [new DateOnly(2026, 10, 20)], _clock.GetUtcNow()), default);

        await RunAsync(TimeSpan.FromDays(7), TimeSpan.FromMinutes(30));

        Assert.Equal([19, 21, 22], _platform.Sent.Select(s => s.At.Day));
    }

    [Fact]
    public async Task Adaptive_PicksAScenarioForEachPersonsWeakestStandard_AndOpensItForTheirReply()
    {
        var attempts = _services.GetRequiredService<ICoachingStore>();
        var address = new ChatAddress("test", "dm-emp", "emp");
        var scores = new List<StandardScore> { new("listen-first", 3, [], null, null), new("set-expectations", 3, [], null, null), new("own-the-need", 3, [], null, null), new("follow-up", 0, [], null, null) };
        await attempts.SaveAttemptAsync(new Attempt(Guid.NewGuid(), address, "bank-card-swallowed", "x", "rubric-v1", _clock.GetUtcNow().AddDays(-1), scores), DialogState.New(address, _clock.GetUtcNow()), default);
        await _scheduling.HandleCommandAsync(new ChatAddress("test", "c", "emp"), "schedule daily at 09:00 adaptive", default);

        await RunAsync(TimeSpan.FromDays(1), TimeSpan.FromMinutes(30));

        var sent = Assert.Single(_platform.Sent);
        var scenario = Pack.FindScenario(sent.Reply.Scenario!.ScenarioId)!;
        Assert.True(scenario.Assesses("follow-up"));
        Assert.NotEqual("bank-card-swallowed", scenario.Id);
        Assert.Equal(scenario.Id, (await attempts.GetDialogAsync(new ChatAddress("test", "dm-emp", "emp"), default))!.OpenScenarioId);
    }

    [Fact]
    public async Task UnreachablePerson_IsMarked_NotRetried_AndShownToTheOwner()
    {
        _platform.Unreachable.Add("gone");
        var manager = new ChatAddress("test", "c", "manager");
        await _scheduling.HandleCommandAsync(manager, "schedule daily at 09:00 for @gone", default);

        await RunAsync(TimeSpan.FromDays(2), TimeSpan.FromMinutes(30));

        Assert.Equal(2, _platform.Attempts.Count(u => u == "gone"));
        Assert.Contains("Cannot reach: gone (not installed)", (await _scheduling.HandleCommandAsync(manager, "schedules", default)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChannelAudience_PostsOnceADayIntoTheChannel_AndMyTeamUsesTheConfiguredMembers()
    {
        _options.Teams[0].Members = ["ana", "ben"];
        var manager = new ChatAddress("test", "C42", "manager"); // writing in the channel: a manager prompts only where they are
        Assert.Contains("Nothing was scheduled", (await _scheduling.HandleCommandAsync(manager, "schedule weekdays at 09:00 for <#C43|elsewhere>", default)).Text, StringComparison.Ordinal);
        Assert.Contains("for 1 person", (await _scheduling.HandleCommandAsync(manager, "schedule weekdays at 09:00 for <#C42|frontline>", default)).Text, StringComparison.Ordinal);
        Assert.Contains("for 2 people", (await _scheduling.HandleCommandAsync(manager, "schedule weekdays at 10:00 for my team topic bank", default)).Text, StringComparison.Ordinal);
        Assert.Contains("I don't know your team yet", (await _scheduling.HandleCommandAsync(new ChatAddress("test", "c", "emp"), "schedule daily at 09:00 for my team", default)).Text, StringComparison.Ordinal);

        await RunAsync(TimeSpan.FromDays(1), TimeSpan.FromMinutes(30));

        Assert.Equal(["#C42", "ana", "ben"], _platform.Sent.Select(s => s.User).Order());
        Assert.All(_platform.Sent.Where(s => s.User != "#C42"), s => Assert.Equal("bank", Pack.FindScenario(s.Reply.Scenario!.ScenarioId)!.Industry));
    }

    [Fact]
    public async Task ImportedManager_SchedulesForTheirDirectReports_InTheDirectorysTimeZones()
    {
        var directory = _services.GetRequiredService<IPeopleDirectory>();
        await directory.ImportAsync(
        [
            new("m9", "Mo", null, "Desk", null, Role.Manager, [new ChatAccount("test", "mo")]),
            new("a9", "Ann", null, "Desk", "m9", Role.Employee, [new ChatAccount("test", "ann")], "Asia/Tokyo"),
            new("b9", "Bo", null, "Desk", "m9", Role.Employee, [new ChatAccount("other", "bo")]),
        ], default);
        var scheduling = Build(directory: directory);

        var reply = await scheduling.HandleCommandAsync(new ChatAddress("test", "c", "mo"), "schedule weekdays at 09:00 for my team", default);
        var employee = await scheduling.HandleCommandAsync(new ChatAddress("test", "c", "ann"), "schedule weekdays at 09:00 for @mo", default);

        Assert.Contains("for 1 person", reply.Text, StringComparison.Ordinal); // Bo has no account on this platform
        Assert.Contains("Asia/Tokyo", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Only managers", employee.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CronRule_RunsInTheRecipientsLocalTime()
    {
        _platform.Zones["kei"] = "Asia/Tokyo";
        var reply = await _scheduling.HandleCommandAsync(new ChatAddress("test", "c", "kei"), "schedule cron \"30 8 * * 1,3,5\"", default);
        Assert.Contains("on cron \"30 8 * * 1,3,5\"", reply.Text, StringComparison.Ordinal);
        Assert.True(_scheduling.IsSchedulingCommand("schedule cron \"30 8 * * 1,3,5\""));

        await RunAsync(TimeSpan.FromDays(7), TimeSpan.FromMinutes(15));

        var local = _platform.Sent.Select(s => TimeZoneInfo.ConvertTime(s.At, TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo"))).ToList();
        // The clock starts at 09:00 in Tokyo: the first Monday's 08:30 is caught up at once, the rest go out on time.
        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday, DayOfWeek.Monday], local.Select(t => t.DayOfWeek));
        Assert.Equal(new TimeSpan(9, 0, 0), local[0].TimeOfDay);
        Assert.All(local.Skip(1), t => Assert.Equal(new TimeSpan(8, 30, 0), t.TimeOfDay));
    }

    [Theory]
    [InlineData("emp", "schedule cron \"61 9 * * *\"", "is not a cron expression")]
    [InlineData("emp", "schedule weekdays at 09:00 for @ana", "Only managers can schedule")]
    [InlineData("emp", "schedule weekdays at 09:00 for #C1", "Only managers can schedule")]
    [InlineData("emp", "schedule someday at 09:00", "is not a set of days")]
    [InlineData("emp", "schedule daily at 25:00", "is not a time")]
    [InlineData("emp", "schedule daily at 09:00 focus smiling", "\"smiling\" is not a standard")]
    [InlineData("manager", "schedule mon,wed,fri at 8:30 for @ana topic bank", "Mon, Wed, Fri at 08:30 (topic bank) for 1 person")]
    [InlineData("manager", "schedule daily at 09:00 for @ana @zed", "only for people who report to you, and @zed do not. Nothing was scheduled.")]
    public async Task Commands_ConfirmOrExplain(string user, string text, string expected)
    {
        var reply = await _scheduling.HandleCommandAsync(new ChatAddress("test", "c", user), text, default);

        Assert.Contains(expected, reply.Text, StringComparison.Ordinal);
    }

    /// <summary>Scheduling as a host wires it: its commands reached through the chat dialog, the due check and the delivery.</summary>
    private Scheduling Build(CoachBot.Core.Texts.IUserLanguageStore? languages = null, IPracticeChoiceStore? choices = null, IPeopleDirectory? directory = null)
    {
        var commands = new ScheduleCommands(Pack, _services.GetRequiredService<INudgeStore>(), _services.GetRequiredService<INudgeDeliveryLog>(), [_platform], _options, _clock, directory);
        var chat = new CoachingService(Pack, new RubricAnswerScorer(Pack), _services.GetRequiredService<ICoachingStore>(), _clock, NullLogger<CoachingService>.Instance,
            [commands], languages, directory: directory);
        var delivery = new ClaimedPromptDelivery(Pack, _services.GetRequiredService<INudgeStore>(), _services.GetRequiredService<INudgeDeliveryLog>(),
            _services.GetRequiredService<ICoachingStore>(), [_platform], _clock, NullLogger<ClaimedPromptDelivery>.Instance, directory, languages, practiceChoices: choices);
        return new Scheduling(commands, chat, new DuePromptClaimer(_services.GetRequiredService<INudgeStore>(), _services.GetRequiredService<INudgeDeliveryLog>(), _clock), delivery);
    }

    private async Task RunAsync(TimeSpan span, TimeSpan step)
    {
        for (var end = _clock.GetUtcNow() + span; _clock.GetUtcNow() < end; _clock.Advance(step))
        {
            foreach (var delivery in await _scheduling.ClaimDueAsync(default))
            {
                await _scheduling.DeliverAsync(delivery, default);
            }
        }
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_db);
    }

    private sealed record Scheduling(ScheduleCommands Commands, CoachingService Chat, DuePromptClaimer Claimer, ClaimedPromptDelivery Delivery)
    {
        public async Task<BotReply> HandleCommandAsync(ChatAddress from, string text, CancellationToken ct) =>
            (await Chat.HandleAsync(new IncomingMessage(from, text), ct)).Single();

        public bool IsSchedulingCommand(string text) => Commands.Handles(text);

        public Task<IReadOnlyList<Guid>> ClaimDueAsync(CancellationToken ct) => Claimer.ClaimDueAsync(ct);

        public Task DeliverAsync(Guid deliveryId, CancellationToken ct) => Delivery.DeliverAsync(deliveryId, ct);
    }

    private sealed class RecordingSender : IMessageSender
    {
        public Dictionary<string, string> Zones { get; } = [];

        public HashSet<string> Unreachable { get; } = [];

        public List<(string User, DateTimeOffset At, BotReply Reply)> Sent { get; } = [];

        public List<string> Attempts { get; } = [];

        public TimeProvider? Clock { get; set; }

        public string ChannelId => "test";

        public Task<SendResult> SendToUserAsync(string userId, BotReply reply, CancellationToken cancellationToken)
        {
            Attempts.Add(userId);
            if (Unreachable.Contains(userId))
            {
                return Task.FromResult(SendResult.Unreachable("not installed"));
            }

            Sent.Add((userId, Now(), reply));
            return Task.FromResult(SendResult.Delivered("dm-" + userId));
        }

        public Task<SendResult> SendToConversationAsync(string conversationId, BotReply reply, CancellationToken cancellationToken)
        {
            Sent.Add(("#" + conversationId, Now(), reply));
            return Task.FromResult(SendResult.Delivered(conversationId));
        }

        public Task<string?> TimeZoneOfAsync(string userId, CancellationToken cancellationToken) => Task.FromResult(Zones.GetValueOrDefault(userId));

        private DateTimeOffset Now() => Clock!.GetUtcNow();
    }
}

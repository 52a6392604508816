using CoachBot.Core.Coaching;
using CoachBot.Core.Content;
using CoachBot.Core.Scoring;
using CoachBot.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace CoachBot.Core.Tests.Coaching;

/// <summary>Dialog scripts: the employee says → CoachBot answers, against a real SQLite store.</summary>
public sealed class CoachingServiceTests : IAsyncLifetime
{
    private static readonly ContentPack Pack = ContentLoader.Load(Path.Combine(AppContext.BaseDirectory, "prompts"));
    private readonly string _db = Path.Combine(Path.GetTempPath(), "coachbot-dialog-" + Guid.NewGuid().ToString("N") + ".db");
    private readonly ChatAddress _me = new("test", "conv", "me");
    private ServiceProvider _services = null!;
    private CoachingService _coach = null!;

    public async Task InitializeAsync()
    {
        _services = new ServiceCollection().AddSqliteStorage(_ => _db).BuildServiceProvider();
        await _services.MigrateStorageAsync();
        _coach = new CoachingService(Pack, new RubricAnswerScorer(Pack), _services.GetRequiredService<ICoachingStore>(), TimeProvider.System, NullLogger<CoachingService>.Instance);
    }

    [Fact]
    public async Task Practice_Answer_Retry_Next_Progress()
    {
        var scenario = await Say("practice optician");
        var first = scenario.Scenario!.ScenarioId;
        Assert.Equal("optician", Pack.FindScenario(first)!.Industry);

        var scored = await Say("Sorry about that. They should be in soon.");
        Assert.Equal(4, scored.Scores!.Lines.Count);
        Assert.Contains(scored.Actions, a => a.Action == CoachingActions.Retry);

        Assert.Equal(first, (await Say("retry")).Scenario!.ScenarioId);
        Assert.Contains("model answer", (await Say("model answer")).Text, StringComparison.OrdinalIgnoreCase);
        var next = (await Say("next")).Scenario!.ScenarioId;
        Assert.NotEqual(first, next);
        Assert.Equal("optician", Pack.FindScenario(next)!.Industry);

        var progress = await Say("progress");
        Assert.Equal(1, progress.Progress!.Attempts);
        Assert.Equal(1, progress.Progress.Standards.Single(s => s.StandardId == "listen-first").Attempts);
    }

    [Fact]
    public async Task AnotherAnswerToTheSameScenario_IsAnotherAttempt_AndTrendFollows()
    {
        await Say("practice bank");
        await Say("The machine does that. Nothing I can do about it.");
        await Say("Oh no, your card and your trip on Thursday: that's worrying! Is your money the main worry? I'll block it now.");

        var progress = (await Say("progress")).Progress!;

        Assert.Equal(2, progress.Attempts);
        Assert.Equal(CoachBot.Core.Progress.Trend.Improving, progress.Standards.Single(s => s.StandardId == "listen-first").Trend);
    }

    [Fact]
    public async Task UnknownTopic_ListsTheTopics()
    {
        var reply = await Say("practice astronauts");

        Assert.Contains("no scenarios about \"astronauts\"", reply.Text, StringComparison.Ordinal);
        Assert.Contains("restaurant", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stop_ClosesTheScenario_ThenFreeTextIsNotAnAnswer()
    {
        await Say("practice");
        await Say("stop");

        var reply = await Say("I would say sorry and help them.");

        Assert.Contains("no open scenario", reply.Text, StringComparison.Ordinal);
        Assert.Empty(await _services.GetRequiredService<ICoachingStore>().GetAttemptsAsync("test", "me", default));
    }

    [Fact]
    public async Task ConversationsAreSeparate_ButProgressIsPerUser()
    {
        await Say("practice bank");
        var other = new ChatAddress("test", "other-conv", "me");

        var reply = (await _coach.HandleAsync(new IncomingMessage(other, "I'll help you right now."), default)).Single();

        Assert.Contains("no open scenario", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PracticeManager_GivesAManagerAManagerScenario_ScoredOnTheManagerStandards()
    {
        await ImportAsync(new ChatAddress("test", "conv", "boss"), CoachBot.Core.People.Role.Manager);
        var coach = CoachWithDirectory();

        var scenario = (await coach.HandleAsync(new IncomingMessage(new ChatAddress("test", "conv", "boss"), "practice manager"), default)).Single();
        Assert.True(Pack.FindScenario(scenario.Scenario!.ScenarioId)!.IsForManagers);
        Assert.Contains("The situation:", scenario.Text, StringComparison.Ordinal);

        var scored = (await coach.HandleAsync(new IncomingMessage(new ChatAddress("test", "conv", "boss"), "Just tell them to follow the rules."), default)).Single();
        Assert.Equal(["measurable-standards", "employees-first", "service-lifecycle"], scored.Scores!.Lines.Select(l => l.StandardId));
        Assert.All(scored.Scores.Lines, l => Assert.True(l.Score is null or 0, l.StandardId));

        var next = (await coach.HandleAsync(new IncomingMessage(new ChatAddress("test", "conv", "boss"), "next"), default)).Single();
        Assert.True(Pack.FindScenario(next.Scenario!.ScenarioId)!.IsForManagers);
        var progress = (await coach.HandleAsync(new IncomingMessage(new ChatAddress("test", "conv", "boss"), "progress"), default)).Single().Progress!;
        Assert.Contains(progress.Standards, s => s.StandardId == "measurable-standards" && s.Attempts == 1);
    }

    [Fact]
    public async Task PracticeManager_ToAnEmployee_IsAClearNo_AndOpensNothing()
    {
        await ImportAsync(_me, CoachBot.Core.People.Role.Employee);
        var coach = CoachWithDirectory();

        var russian = (await coach.HandleAsync(new IncomingMessage(_me, "тренировка руководителя"), default)).Single();
        var reply = (await coach.HandleAsync(new IncomingMessage(_me, "practice manager"), default)).Single();

        Assert.Null(reply.Scenario);
        Assert.Null(russian.Scenario);
        Assert.Contains("manager, HR or admin role", reply.Text, StringComparison.Ordinal);
        Assert.Contains("no open scenario", (await coach.HandleAsync(new IncomingMessage(_me, "I would tell the team to follow the rules."), default)).Single().Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Practice_NeverOffersAManagerScenario()
    {
        var offered = new List<string>();
        for (var i = 0; i < Pack.Scenarios.Count + 5; i++)
        {
            offered.Add((await Say(i == 0 ? "practice" : "next")).Scenario!.ScenarioId);
        }

        Assert.DoesNotContain(offered, id => Pack.FindScenario(id)!.IsForManagers);
        Assert.Empty(Pack.ScenariosAbout("manager"));
    }

    private CoachingService CoachWithDirectory() =>
        new(Pack, new RubricAnswerScorer(Pack), _services.GetRequiredService<ICoachingStore>(), TimeProvider.System, NullLogger<CoachingService>.Instance,
            directory: _services.GetRequiredService<CoachBot.Core.People.IPeopleDirectory>());

    private Task ImportAsync(ChatAddress address, CoachBot.Core.People.Role role) =>
        _services.GetRequiredService<CoachBot.Core.People.IPeopleDirectory>().ImportAsync(
            [new CoachBot.Core.People.Person(address.UserId, address.UserId, null, "Floor", null, role, [new(address.ChannelId, address.UserId)])], default);

    private async Task<BotReply> Say(string text) => (await _coach.HandleAsync(new IncomingMessage(_me, text), default)).Single();

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_db);
    }
}

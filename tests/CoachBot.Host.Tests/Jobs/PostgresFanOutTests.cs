using CoachBot.Core.Scheduling;
using CoachBot.Host.Jobs;
using CoachBot.Host.Tests.Support;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.Host.Tests.Jobs;

/// <summary>Production mode: two host instances, one real PostgreSQL database for data and Hangfire jobs.</summary>
[Collection(HangfireCollection.Name)]
public sealed class PostgresFanOutTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    private const int Recipients = 1_000;

    [Fact]
    public async Task TwoInstances_FanOutAThousandRecipients_EachPostedExactlyOnce()
    {
        var database = "coachbot_" + Guid.NewGuid().ToString("N")[..8];
        await postgres.CreateDatabaseAsync(database);
        await using var slack = await FakeSlack.StartAsync();
        using var first = Instance(slack, database);
        first.CreateClient(); // migrates the schema before the second instance starts
        using var second = Instance(slack, database);
        second.CreateClient();

        var now = DateTimeOffset.UtcNow;
        var recipients = Enumerable.Range(1, Recipients).Select(i => new NudgeRecipient($"U{i:D4}", "UTC")).ToList();
        await first.Services.GetRequiredService<INudgeStore>().AddAsync(new NudgeSchedule(Guid.NewGuid(), "slack", "UMANAGER", recipients,
            new WeeklyRule(Enum.GetValues<DayOfWeek>().ToHashSet(), TimeOnly.FromDateTime(now.UtcDateTime.AddMinutes(-1))), new NudgeContent(NudgeContentKind.AnyScenario),
            false, null, [], now), default);

        // Both instances run the due-check at once, as two hosts would at the top of a minute.
        using (var a = first.Services.CreateScope())
        using (var b = second.Services.CreateScope())
        {
            var claims = await Task.WhenAll(a.ServiceProvider.GetRequiredService<DuePromptClaimer>().ClaimDueAsync(default),
                b.ServiceProvider.GetRequiredService<DuePromptClaimer>().ClaimDueAsync(default));
            Assert.Equal(Recipients, claims[0].Count + claims[1].Count);
            var jobs = first.Services.GetRequiredService<IBackgroundJobClient>();
            foreach (var id in claims.SelectMany(c => c))
            {
                jobs.Enqueue<NudgeJobs>(j => j.DeliverAsync(id, null, CancellationToken.None));
            }
        }

        await Channels.Slack.SlackTestHost.Eventually(() => slack.CallsTo("chat.postMessage").Count >= Recipients, "a thousand posts", seconds: 120);
        await Task.Delay(2000);

        var posts = slack.CallsTo("chat.postMessage").Select(p => p["channel"]!.GetValue<string>()).ToList();
        Assert.Equal(Recipients, posts.Count);
        Assert.Equal(Recipients, posts.Distinct().Count());
        Assert.Equal(Recipients, first.Count("SELECT COUNT(*) FROM nudge_deliveries WHERE \"Status\" = 'Sent'"));
    }

    private PostgresInstance Instance(FakeSlack slack, string database)
    {
        var factory = new PostgresInstance(postgres.ConnectionString(database));
        factory.Settings["Storage:Provider"] = "Postgres";
        factory.Settings["Storage:ConnectionString"] = postgres.ConnectionString(database);
        factory.Settings["Slack:SigningSecret"] = "s";
        factory.Settings["Slack:BotToken"] = "xoxb-test";
        factory.Settings["Slack:ApiBaseUrl"] = slack.ApiBaseUrl;
        factory.Settings["Slack:ChannelPostInterval"] = "00:00:00";
        return factory;
    }

    /// <summary>A host instance on PostgreSQL; counts rows through Npgsql.</summary>
    private sealed class PostgresInstance(string connectionString) : Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program>
    {

        public Dictionary<string, string> Settings { get; } = [];

        public long Count(string sql)
        {
            using var connection = new Npgsql.NpgsqlConnection(connectionString);
            connection.Open();
            using var command = new Npgsql.NpgsqlCommand(sql, connection);
            return (long)command.ExecuteScalar()!;
        }

        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            foreach (var (key, value) in Settings)
            {
                builder.UseSetting(key, value);
            }
        }
    }
}

using System.Diagnostics;
using System.Net;
using CoachBot.Host.Tests.Jobs;
using CoachBot.Host.Tests.Support;

namespace CoachBot.Host.Tests.Storage;

/// <summary>Instances that start at the same moment on one database, as a deployment or an autoscaler starts them.</summary>
[Collection(HangfireCollection.Name)]
public sealed class ConcurrentStartTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    [Fact]
    public async Task TwoHostsStartedAtOnce_OnAFreshPostgresDatabase_BothMigrateInTurnAndServe()
    {
        var database = "coachbot_" + Guid.NewGuid().ToString("N")[..8];
        await postgres.CreateDatabaseAsync(database);
        await using var first = Instance(database);
        await using var second = Instance(database);

        using var start = new Barrier(2);
        var clients = await Task.WhenAll(
            Task.Run(() => { start.SignalAndWait(); return first.CreateClient(); }),
            Task.Run(() => { start.SignalAndWait(); return second.CreateClient(); }));

        foreach (var client in clients)
        {
            Assert.Equal(HttpStatusCode.OK, await ReadyAsync(client));
            var reply = await client.SendAsync(Activities.Message("practice bank", user: "u-" + Guid.NewGuid().ToString("N")[..6]));
            Assert.NotEmpty(reply);
        }
    }

    [Fact]
    public async Task MigrateOnStartOff_OnAFreshDatabase_HostRefusesToStart_SayingToRunMigrate()
    {
        await using var factory = new CoachBotFactory(CoachBotFactory.NewDataDirectory()) { Settings = { ["Storage:MigrateOnStart"] = "false" } };

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Storage:MigrateOnStart", error.Message, StringComparison.Ordinal);
        Assert.Contains("coachbot migrate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MigrateOnStartOff_OnAMigratedDatabase_HostStarts()
    {
        var data = CoachBotFactory.NewDataDirectory();
        await using (var migrating = new CoachBotFactory(data))
        {
            migrating.CreateClient();
        }

        await using var factory = new CoachBotFactory(data) { Settings = { ["Storage:MigrateOnStart"] = "false" } };

        Assert.Equal(HttpStatusCode.OK, await ReadyAsync(factory.CreateClient()));
    }

    private CoachBotFactory Instance(string database) => new(CoachBotFactory.NewDataDirectory())
    {
        Settings =
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:ConnectionString"] = postgres.ConnectionString(database),
        },
    };

    private static async Task<HttpStatusCode> ReadyAsync(HttpClient client)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var status = (await client.GetAsync("/readyz")).StatusCode;
            if (status == HttpStatusCode.OK || clock.Elapsed > TimeSpan.FromSeconds(15))
            {
                return status;
            }

            await Task.Delay(100);
        }
    }
}

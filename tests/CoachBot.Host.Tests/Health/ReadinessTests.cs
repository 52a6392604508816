using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using CoachBot.Host.Tests.Support;

namespace CoachBot.Host.Tests.Health;

/// <summary>What a load balancer sees: /healthz while the process lives, /readyz while it can serve.</summary>
public sealed class ReadinessTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    [Fact]
    public async Task Readyz_DatabaseContentAndHangfireUp_Is200NamingEachCheck()
    {
        await using var factory = new CoachBotFactory(CoachBotFactory.NewDataDirectory());
        var client = factory.CreateClient();

        var (status, body) = await ReadyAsync(client, HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("ok", body["status"]!.GetValue<string>());
        Assert.Equal(["content", "database", "hangfire"], body["checks"]!.AsObject().Select(c => c.Key).Order());
        Assert.All(body["checks"]!.AsObject(), c => Assert.Equal("healthy", c.Value!["status"]!.GetValue<string>()));
    }

    [Fact]
    public async Task PostgresStopped_ReadyzIs503NamingTheDatabaseWithinTenSeconds_HealthzStays200_ThenReadyAgain()
    {
        var database = "coachbot_" + Guid.NewGuid().ToString("N")[..8];
        await postgres.CreateDatabaseAsync(database);
        await using var factory = new CoachBotFactory(CoachBotFactory.NewDataDirectory());
        factory.Settings["Storage:Provider"] = "Postgres";
        factory.Settings["Storage:ConnectionString"] = postgres.ConnectionString(database) + ";Timeout=3";
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await ReadyAsync(client, HttpStatusCode.OK)).Status);

        await postgres.StopAsync();
        HttpStatusCode live;
        (HttpStatusCode Status, JsonObject Body) down;
        TimeSpan took;
        try
        {
            var clock = Stopwatch.StartNew();
            down = await ReadyAsync(client, HttpStatusCode.ServiceUnavailable);
            took = clock.Elapsed;
            live = (await client.GetAsync("/healthz")).StatusCode;
        }
        finally
        {
            await postgres.StartAsync();
        }

        var back = await ReadyAsync(client, HttpStatusCode.OK, seconds: 30);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.Status);
        Assert.True(took < TimeSpan.FromSeconds(10), $"took {took}");
        Assert.Equal("unhealthy", down.Body["status"]!.GetValue<string>());
        Assert.Contains("database", down.Body["failing"]!.AsArray().Select(f => f!.GetValue<string>()));
        Assert.Equal("unhealthy", down.Body["checks"]!["database"]!["status"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, live);
        Assert.Equal(HttpStatusCode.OK, back.Status);
    }

    [Fact]
    public async Task HealthAndReadiness_NeedNoSignIn_AndAreNeverRateLimited()
    {
        await using var factory = new CoachBotFactory(CoachBotFactory.NewDataDirectory())
        {
            Settings = { ["RateLimits:ChatPerIpPerMinute"] = "1", ["RateLimits:ExportsPerMinute"] = "1", ["RateLimits:SignInPerIpPerMinute"] = "1" },
        };
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await ReadyAsync(client, HttpStatusCode.OK);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 30; i++)
        {
            statuses.Add((await client.GetAsync("/healthz")).StatusCode);
            statuses.Add((await client.GetAsync("/readyz")).StatusCode);
        }

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
    }

    /// <summary>Polls /readyz until it answers <paramref name="expected"/> (the Hangfire server announces itself just after start).</summary>
    private static async Task<(HttpStatusCode Status, JsonObject Body)> ReadyAsync(HttpClient client, HttpStatusCode expected, int seconds = 10)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            var response = await client.GetAsync("/readyz");
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
            if (response.StatusCode == expected || deadline.Elapsed > TimeSpan.FromSeconds(seconds))
            {
                return (response.StatusCode, body);
            }

            await Task.Delay(100);
        }
    }
}

using System.Globalization;
using CoachBot.Core.Scheduling;
using CoachBot.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.LoadRun;

/// <summary>
/// One scheduled prompt for 10,000 people, due now, delivered by the host's Hangfire jobs to a fake Slack that enforces
/// rate limits; optionally the host is killed half-way and started again on the same database.
/// </summary>
internal static class FanOutRun
{
    public static async Task<int> RunAsync(string hostDll, int recipients, double postsPerSecond, bool restartHalfway)
    {
        await using var slack = await RateLimitedSlack.StartAsync(postsPerSecond);
        var data = Directory.CreateTempSubdirectory("coachbot-fanout-").FullName;
        await SeedAsync(data, recipients);

        Console.WriteLine($"Fan-out: {recipients:N0} recipients, fake Slack allows {postsPerSecond} posts/s workspace-wide and 1/s per channel{(restartHalfway ? "; the host is killed at half and started again" : "")}.");
        var host = await HostProcess.StartAsync(hostDll, slack.Url, data);
        var restarted = false;
        var lastProgress = DateTimeOffset.UtcNow;
        var delivered = 0;
        try
        {
            while (delivered < recipients && DateTimeOffset.UtcNow - lastProgress < TimeSpan.FromSeconds(90))
            {
                await Task.Delay(250);
                var now = slack.PostsPerChannel.Count;
                if (now != delivered)
                {
                    delivered = now;
                    lastProgress = DateTimeOffset.UtcNow;
                }

                if (restartHalfway && !restarted && delivered >= recipients / 2)
                {
                    Console.WriteLine($"  killing the host at {delivered:N0} delivered");
                    await host.DisposeAsync();
                    host = await HostProcess.StartAsync(hostDll, slack.Url, data);
                    restarted = true;
                    lastProgress = DateTimeOffset.UtcNow;
                }
            }
        }
        finally
        {
            await host.DisposeAsync();
        }

        var times = slack.PostTimes.OrderBy(t => t).ToList();
        var seconds = times.Count > 1 ? (times[^1] - times[0]).TotalSeconds : 0;
        var posts = slack.PostsPerChannel.Values.Sum();
        var rate = seconds > 0 ? (times.Count - 1) / seconds : 0;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {(restartHalfway ? "killed and restarted half-way" : "one host")} | {recipients:N0} | {slack.PostsPerChannel.Count:N0} | {posts - slack.PostsPerChannel.Count} | {recipients - slack.PostsPerChannel.Count} | {seconds:0.0} s | {rate:0.0}/s | {rate / postsPerSecond:P0} | {slack.Throttled:N0} |"));
        Directory.Delete(data, recursive: true);
        return posts == recipients && slack.PostsPerChannel.Count == recipients ? 0 : 1;
    }

    public const string TableHeader = "| run | recipients | delivered | duplicates | lost | first → last post | delivered per second | share of the allowed rate | 429s answered |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |";

    /// <summary>The schedule is stored directly, as the manager's command would store it; users.info for 10,000 people is not what is measured.</summary>
    private static async Task SeedAsync(string data, int recipients)
    {
        await using var services = new ServiceCollection().AddSqliteStorage(_ => HostProcess.DatabasePath(data)).BuildServiceProvider();
        await services.MigrateStorageAsync();
        var now = DateTimeOffset.UtcNow;
        var people = Enumerable.Range(1, recipients).Select(i => new NudgeRecipient($"U{i:D6}", "UTC")).ToList();
        await services.GetRequiredService<INudgeStore>().AddAsync(new NudgeSchedule(
            Guid.NewGuid(), "slack", "UMANAGER", people,
            new WeeklyRule(Enum.GetValues<DayOfWeek>().ToHashSet(), TimeOnly.FromDateTime(now.UtcDateTime.AddMinutes(-1))),
            new NudgeContent(NudgeContentKind.AnyScenario), false, null, [], now), default);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}

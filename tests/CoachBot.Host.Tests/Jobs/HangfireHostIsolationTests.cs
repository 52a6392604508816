using System.Collections.Concurrent;
using CoachBot.Host.Tests.Channels.Slack;
using CoachBot.Host.Tests.Support;
using Hangfire;
using Microsoft.Extensions.Hosting;

namespace CoachBot.Host.Tests.Jobs;

/// <summary>
/// Several hosts in one process (the test run; two instances in one process): each host's Hangfire server runs its jobs
/// with its own services. Hangfire's default job activator is a process-wide static that each host overwrites while it
/// starts, so a server built just after another host's start ran its jobs in that host's services, and once that host was
/// disposed, not at all.
/// </summary>
[Collection(HangfireCollection.Name)]
public sealed class HangfireHostIsolationTests
{
    private static readonly ConcurrentQueue<(string EnqueuedOn, string RanIn)> Ran = new();

    [Fact]
    public async Task TwoHostsStartingTogether_EachRunsItsOwnJobs_InItsOwnServices()
    {
        using var bothMapped = new Barrier(2);
        var run = Guid.NewGuid().ToString("N");
        var hosts = new[] { Host($"{run}-first", bothMapped), Host($"{run}-second", bothMapped) };
        try
        {
            await Task.WhenAll(hosts.Select(h => Task.Run(() => h.Factory.CreateClient())));
            foreach (var (factory, name) in hosts)
            {
                factory.Services.GetRequiredService<IBackgroundJobClient>().Enqueue<HostProbeJob>(j => j.Record(name));
            }

            await SlackTestHost.Eventually(() => Ran.Count(r => r.EnqueuedOn.StartsWith(run, StringComparison.Ordinal)) == 2, "both jobs run");
            Assert.All(Ran.Where(r => r.EnqueuedOn.StartsWith(run, StringComparison.Ordinal)), r => Assert.Equal(r.EnqueuedOn, r.RanIn));
        }
        finally
        {
            foreach (var (factory, _) in hosts)
            {
                await factory.DisposeAsync();
                Directory.Delete(Path.GetDirectoryName(factory.DatabasePath)!, recursive: true);
            }
        }
    }

    /// <summary>A host that, once its endpoints and recurring jobs are mapped, waits for the other before its servers are built.</summary>
    private static (CoachBotFactory Factory, string Name) Host(string name, Barrier bothMapped) =>
        (new CoachBotFactory(CoachBotFactory.NewDataDirectory())
        {
            TestServices = services =>
            {
                services.AddSingleton(new HostMarker(name));
                services.Insert(0, ServiceDescriptor.Singleton<IHostedService>(_ => new StartTogether(bothMapped)));
            },
        }, name);

    public sealed record HostMarker(string Name);

    /// <summary>A job resolved by the server's activator: it records which host's services built it.</summary>
    public sealed class HostProbeJob(HostMarker marker)
    {
        public void Record(string enqueuedOn) => Ran.Enqueue((enqueuedOn, marker.Name));
    }

    /// <summary>Built first of the hosted services, so both hosts have mapped Hangfire before either builds its server.</summary>
    private sealed class StartTogether : IHostedService
    {
        public StartTogether(Barrier bothMapped) => bothMapped.SignalAndWait(TimeSpan.FromSeconds(30));

        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}

namespace CoachBot.Host.Tests.Jobs;

/// <summary>
/// Tests that run Hangfire servers and wait on real retry delays run alone, after the parallel ones: on a 2-core
/// machine their workers otherwise starve behind the other hosts and the waits time out.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HangfireCollection
{
    public const string Name = "Hangfire servers";
}

namespace CoachBot.Host.Configuration;

/// <summary>Whether the host has started listening: until then a failure is a start-up error.</summary>
internal sealed class StartupState
{
    public volatile bool Started;

    internal sealed class Signal(StartupState state, IHostApplicationLifetime lifetime) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            lifetime.ApplicationStarted.Register(() => state.Started = true);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}

using CoachBot.Core.Authoring;

namespace CoachBot.Host.Authoring;

/// <summary>
/// Another instance's publish reaches this one's catalogue within <see cref="Interval"/>; this instance's own changes apply
/// at once, and the first refresh runs at start before any request.
/// </summary>
internal sealed partial class AuthoredScenarioRefresh(ScenarioAuthoring authoring, TimeProvider time, ILogger<AuthoredScenarioRefresh> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await authoring.RefreshAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read the scenarios written in the dashboard; the catalogue stays as it was")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}

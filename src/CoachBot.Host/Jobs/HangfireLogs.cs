using Hangfire.AspNetCore;
using Hangfire.Logging;

namespace CoachBot.Host.Jobs;

/// <summary>
/// Hangfire's log provider is one per process. In a process that starts and stops several hosts (the tests do), the last
/// host configured may be stopped already: its disposed logger factory gives silence instead of an exception at startup.
/// </summary>
internal sealed class HangfireLogs(ILoggerFactory factory) : ILogProvider
{
    private readonly AspNetCoreLogProvider _inner = new(factory);

    public ILog GetLogger(string name)
    {
        try
        {
            return _inner.GetLogger(name);
        }
        catch (ObjectDisposedException)
        {
            return Silent.Instance;
        }
    }

    private sealed class Silent : ILog
    {
        public static readonly Silent Instance = new();

        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
    }
}

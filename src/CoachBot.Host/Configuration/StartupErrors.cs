using System.Reflection;

namespace CoachBot.Host.Configuration;

/// <summary>
/// A host that cannot start (port in use, broken content, a bad setting, no database) says why in one line on stderr and
/// exits with 1, instead of logging and then dumping the stack trace. Only in the host's own process: under a test host
/// the exception goes to the test as it is.
/// </summary>
internal static class StartupErrors
{
    private const string HostCategory = "Microsoft.Extensions.Hosting.Internal.Host";

    public static WebApplicationBuilder ReportStartupErrorsInOneLine(this WebApplicationBuilder builder)
    {
        var state = new StartupState();
        builder.Services.AddSingleton(state);
        builder.Services.AddHostedService<StartupState.Signal>();
        // "Hosting failed to start" and the cancelled background services after it would print the stack trace first.
        builder.Logging.AddFilter(HostCategory, level => level >= LogLevel.Information && (state.Started || level < LogLevel.Error));
        if (Assembly.GetEntryAssembly() == typeof(StartupErrors).Assembly)
        {
            var configuration = builder.Configuration;
            AppDomain.CurrentDomain.UnhandledException += (_, e) =>
            {
                if (!state.Started && e.ExceptionObject is Exception ex)
                {
                    Console.Error.WriteLine("CoachBot cannot start: " + StartupErrorText.Describe(ex, configuration));
                    Console.Error.Flush();
                    Environment.Exit(1);
                }
            };
        }

        return builder;
    }
}

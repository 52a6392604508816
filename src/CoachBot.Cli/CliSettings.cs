using Microsoft.Extensions.Configuration;

namespace CoachBot.Cli;

/// <summary>The same appsettings.json and environment variables as the host.</summary>
internal sealed class CliSettings
{
    private CliSettings(IConfiguration configuration) => Configuration = configuration;

    public IConfiguration Configuration { get; }

    public string ContentDirectory => Resolve(Configuration["Content:Directory"] ?? "prompts");

    public string DatabasePath => Resolve(Configuration["Storage:SqlitePath"] ?? "coachbot.db", Environment.CurrentDirectory);

    public static CliSettings Load() => new(new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
        .AddEnvironmentVariables()
        .Build());

    private static string Resolve(string path, string? baseDirectory = null) =>
        Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(baseDirectory ?? AppContext.BaseDirectory, path));
}

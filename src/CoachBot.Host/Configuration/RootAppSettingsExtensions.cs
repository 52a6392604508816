using Microsoft.Extensions.Configuration.EnvironmentVariables;
using Microsoft.Extensions.Configuration.Json;

namespace CoachBot.Host.Configuration;

internal static class RootAppSettingsExtensions
{
    /// <summary>
    /// Reads the repo-root appsettings.json copied beside the binaries, ranked below environment
    /// variables and the command line so `Section__Key` still overrides it.
    /// </summary>
    public static void AddRootAppSettings(this ConfigurationManager configuration)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "appsettings.json");
        var source = new JsonConfigurationSource { Path = path, Optional = true, ReloadOnChange = false };
        source.ResolveFileProvider();
        var sources = configuration.Sources;
        var firstOverride = sources.Select((s, i) => (s, i)).FirstOrDefault(x => x.s is EnvironmentVariablesConfigurationSource).i;
        sources.Insert(firstOverride > 0 ? firstOverride : 0, source);
    }

    /// <summary>A path from configuration: absolute as given, else relative to the current directory.</summary>
    public static string ResolvePath(string path, string? baseDirectory = null) =>
        Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(baseDirectory ?? Environment.CurrentDirectory, path));
}

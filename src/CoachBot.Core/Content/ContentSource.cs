using System.Reflection;

namespace CoachBot.Core.Content;

/// <summary>
/// The build copies prompts/ beside the binaries and records where it came from (SharedContent.targets). Problems are
/// named in the file a person edits, not in its copy under bin/.
/// </summary>
public static class ContentSource
{
    private const string MetadataKey = "CoachBot.ContentSource";

    /// <summary>The repository's prompts/ folder, when <paramref name="contentDirectory"/> is the build's copy of it and the repository is on this machine.</summary>
    public static string? RepositoryDirectory(string contentDirectory)
    {
        var source = Assembly.GetEntryAssembly()?.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == MetadataKey)?.Value;
        var copy = Path.Combine(AppContext.BaseDirectory, "prompts");
        return source is not null && Directory.Exists(source) && SameDirectory(contentDirectory, copy) ? Path.GetFullPath(source) : null;
    }

    /// <summary>The repository's file for a file of the build's copy, if it is the same file; otherwise the path as given.</summary>
    public static string InRepository(string path)
    {
        var copy = Path.Combine(AppContext.BaseDirectory, "prompts");
        var relative = Path.GetRelativePath(copy, Path.GetFullPath(path));
        if (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) || RepositoryDirectory(copy) is not { } repository)
        {
            return path;
        }

        var original = Path.Combine(repository, relative);
        return File.Exists(original) && File.Exists(path) && File.ReadAllBytes(original).AsSpan().SequenceEqual(File.ReadAllBytes(path)) ? original : path;
    }

    private static bool SameDirectory(string a, string b) =>
        string.Equals(Path.TrimEndingDirectorySeparator(Path.GetFullPath(a)), Path.TrimEndingDirectorySeparator(Path.GetFullPath(b)), StringComparison.Ordinal);
}

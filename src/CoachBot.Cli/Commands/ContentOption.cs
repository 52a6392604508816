using System.CommandLine;
using CoachBot.Core.Content;

namespace CoachBot.Cli.Commands;

/// <summary>"--content DIR" overrides Content:Directory for commands that read prompts/.</summary>
internal static class ContentOption
{
    public static Option<DirectoryInfo> Create() => new("--content")
    {
        Description = "The content folder (standards.yml and scenarios/); default: Content:Directory from appsettings.json",
    };

    public static string DirectoryFrom(ParseResult parse, Option<DirectoryInfo> option) =>
        parse.GetValue(option)?.FullName ?? CliSettings.Load().ContentDirectory;

    /// <summary>Loads the pack, or prints every problem to stderr and returns null.</summary>
    public static ContentPack? TryLoad(string directory)
    {
        try
        {
            return ContentLoader.Load(directory);
        }
        catch (ContentValidationException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return null;
        }
    }
}

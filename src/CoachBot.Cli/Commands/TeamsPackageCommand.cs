using System.CommandLine;
using System.IO.Compression;
using System.Text.RegularExpressions;

namespace CoachBot.Cli.Commands;

/// <summary>Fills the app id and domain into manifests/teams/manifest.json and zips it with the icons, ready to upload to Teams.</summary>
internal static partial class TeamsPackageCommand
{
    public static Command Create()
    {
        var appId = new Option<string>("--app-id") { Description = "The Azure Bot's Microsoft App ID (a GUID)", Required = true };
        var domain = new Option<string>("--domain") { Description = "The host name CoachBot is reached at, e.g. coachbot.example.com", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "The zip to write; default coachbot-teams.zip", DefaultValueFactory = _ => new FileInfo("coachbot-teams.zip") };
        var source = new Option<DirectoryInfo>("--manifest-dir") { Description = "Folder with manifest.json, color.png and outline.png; default the copy beside this tool" };
        var command = new Command("teams-package", "Build the Teams app package (manifest.json + icons) for upload.") { appId, domain, output, source };
        command.SetAction(parse =>
        {
            var id = parse.GetValue(appId)!.Trim();
            var host = parse.GetValue(domain)!.Trim();
            if (!Guid.TryParse(id, out _))
            {
                Console.Error.WriteLine($"--app-id must be the Microsoft App ID, a GUID such as 11111111-2222-3333-4444-555555555555; got '{id}'.");
                return 2;
            }

            if (!HostName().IsMatch(host))
            {
                Console.Error.WriteLine($"--domain must be a host name without scheme or path, such as coachbot.example.com; got '{host}'.");
                return 2;
            }

            var folder = parse.GetValue(source)?.FullName ?? Path.Combine(AppContext.BaseDirectory, "manifests", "teams");
            var zip = parse.GetValue(output)!;
            Write(folder, id, host, zip.FullName);
            Console.WriteLine($"Wrote {zip.FullName}: upload it in Teams (Apps > Manage your apps > Upload an app).");
            return 0;
        });
        return command;
    }

    private static void Write(string folder, string appId, string domain, string zipPath)
    {
        var manifest = File.ReadAllText(Path.Combine(folder, "manifest.json"))
            .Replace("{{MicrosoftAppId}}", appId, StringComparison.Ordinal)
            .Replace("{{Domain}}", domain, StringComparison.Ordinal);
        File.Delete(zipPath);
        using var archive = ZipFile.Open(zipPath, ZipArchiveMode.Create);
        using (var writer = new StreamWriter(archive.CreateEntry("manifest.json").Open()))
        {
            writer.Write(manifest);
        }

        foreach (var icon in new[] { "color.png", "outline.png" })
        {
            archive.CreateEntryFromFile(Path.Combine(folder, icon), icon);
        }
    }

    [GeneratedRegex(@"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$", RegexOptions.IgnoreCase)]
    private static partial Regex HostName();
}

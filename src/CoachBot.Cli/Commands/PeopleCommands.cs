using System.CommandLine;
using CoachBot.Core.Content;
using CoachBot.Core.People;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.Cli.Commands;

/// <summary>The directory: import people from CSV, give someone a dashboard password, erase a person.</summary>
internal static class PeopleCommands
{
    public static Command Import()
    {
        var file = new Argument<FileInfo>("file") { Description = $"CSV with the header: {PeopleCsv.Header(CliChannels.AccountColumns)}" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Check the file and report what would change; write nothing." };
        var command = new Command("import-people", "Add or update people, their teams, managers, roles (employee, manager, hr, admin) and Slack/Teams user ids from a CSV file.") { file, dryRun };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                await Console.Error.WriteLineAsync($"{path.FullName}: no such file.");
                return 1;
            }

            var settings = CliSettings.Load();
            await using var services = await CliStorage.OpenAsync(settings, ct);
            var directory = services.GetRequiredService<IPeopleDirectory>();
            var existing = (await directory.ListAsync(ct)).Select(p => p.Id).ToList();
            using var reader = new StreamReader(path.FullName);
            var (people, problems) = PeopleCsv.Read(reader, CliChannels.AccountColumns, existing, ContentLoader.LanguageCodes(settings.ContentDirectory));
            if (problems.Count > 0)
            {
                foreach (var problem in problems)
                {
                    await Console.Error.WriteLineAsync($"{path.Name}: {problem}");
                }

                await Console.Error.WriteLineAsync($"Nothing was imported: {problems.Count} problem(s).");
                return 1;
            }

            if (parse.GetValue(dryRun))
            {
                var added = people.Count(p => !existing.Contains(p.Id));
                Console.WriteLine($"OK (dry run): {added} to add, {people.Count - added} to update. Nothing was written.");
                return 0;
            }

            var result = await directory.ImportAsync(people, ct);
            Console.WriteLine($"Imported {people.Count} people: {result.Added} added, {result.Updated} updated; " +
                $"{people.Count(p => p.Role == Role.Manager)} managers, {people.Count(p => p.Role.SeesEveryone())} HR/admin, " +
                $"{people.Select(p => p.Team).Distinct().Count(t => t is not null)} teams, {people.Sum(p => p.Accounts.Count)} chat accounts.");
            return 0;
        });
        return command;
    }

    public static Command SetPassword()
    {
        var login = new Argument<string>("login") { Description = "\"admin\", or the id of a person in the directory" };
        var command = new Command("set-password", "Print a one-time password for a dashboard sign-in (local sign-in only); it must be replaced at the first sign-in.") { login };
        command.SetAction(async (parse, ct) =>
        {
            var name = parse.GetValue(login)!.Trim();
            await using var services = await CliStorage.OpenAsync(CliSettings.Load(), ct);
            if (name != LocalLogin.Admin && await services.GetRequiredService<IPeopleDirectory>().FindAsync(name, ct) is null)
            {
                await Console.Error.WriteLineAsync($"No person \"{name}\" in the directory: import people first (coachbot import-people FILE.csv).");
                return 1;
            }

            var settings = CliSettings.Load();
            var hours = int.TryParse(settings.Configuration["Dashboard:OneTimePasswordHours"], out var h) && h > 0 ? h : 24;
            var expires = DateTimeOffset.UtcNow.AddHours(hours);
            var password = PasswordHash.NewOneTimePassword();
            // Saved without a security stamp: it gets a new one, and every sign-in made with the old password ends.
            await services.GetRequiredService<ILocalLoginStore>().SaveAsync(new LocalLogin(name, PasswordHash.Create(password), MustChangePassword: true, OneTimeExpires: expires), ct);
            Console.WriteLine($"One-time password for \"{name}\": {password}");
            Console.WriteLine($"It works until {expires:yyyy-MM-dd HH:mm} UTC ({hours} hours; Dashboard:OneTimePasswordHours).");
            Console.WriteLine("Sign in at /signin; the dashboard asks for a new password first.");
            return 0;
        });
        return command;
    }

    public static Command SignOut()
    {
        var login = new Argument<string>("login") { Description = "\"admin\", or the id of a person in the directory" };
        var command = new Command("sign-out", "End every dashboard sign-in of a person or of admin, local or Microsoft: each copy of their cookie stops working at its next request.") { login };
        command.SetAction(async (parse, ct) =>
        {
            var name = parse.GetValue(login)!.Trim();
            await using var services = await CliStorage.OpenAsync(CliSettings.Load(), ct);
            if (await services.GetRequiredService<ILocalLoginStore>().FindAsync(name, ct) is null)
            {
                await Console.Error.WriteLineAsync($"\"{name}\" has never signed in to the dashboard: nothing to end.");
                return 1;
            }

            await services.GetRequiredService<ILocalLoginStore>().RevokeSignInsAsync(name, ct);
            Console.WriteLine($"Every dashboard sign-in of \"{name}\" has ended.");
            return 0;
        });
        return command;
    }
}

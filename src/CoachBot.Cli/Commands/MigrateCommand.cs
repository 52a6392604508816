using System.CommandLine;
using CoachBot.Storage;

namespace CoachBot.Cli.Commands;

/// <summary>Migrations as their own deployment step, before instances that start with Storage:MigrateOnStart=false.</summary>
internal static class MigrateCommand
{
    public static Command Create()
    {
        var command = new Command("migrate", "Apply the database migrations (the SQLite file, or PostgreSQL with Storage:Provider=Postgres) and exit. Safe while instances run or start: migrations take turns under a database lock.");
        command.SetAction(async (_, ct) =>
        {
            await using var services = CliStorage.Build(CliSettings.Load());
            var applied = await services.MigrateStorageAsync(ct);
            Console.WriteLine(applied.Count == 0
                ? "The database is up to date: no migration to apply."
                : $"Applied {applied.Count} migration(s): {string.Join(", ", applied)}.");
            return 0;
        });
        return command;
    }
}

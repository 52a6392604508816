using System.CommandLine;
using CoachBot.Core.Content;

namespace CoachBot.Cli.Commands;

internal static class ValidateCommand
{
    public static Command Create()
    {
        var content = ContentOption.Create();
        var stats = new Option<bool>("--stats") { Description = "Also print how many scenarios each language, industry and step of the cycle of service has" };
        var command = new Command("validate", "Check the standards pack, scenarios and scoring languages; print each problem with its file, field and reason.") { content, stats };
        command.SetAction(parse =>
        {
            var directory = ContentOption.DirectoryFrom(parse, content);
            directory = ContentSource.RepositoryDirectory(directory) ?? directory; // the files a person edits, not the build's copy under bin/
            var pack = ContentOption.TryLoad(directory);
            if (pack is null)
            {
                return 1;
            }

            Console.WriteLine($"OK: {directory}: {pack.Standards.Count} standards ({pack.FrontlineStandards.Count} frontline, {pack.ManagerStandards.Count} manager), "
                + $"{pack.AllScenarios.Count} scenarios ({pack.Scenarios.Count} frontline, {pack.ManagerScenarios.Count} manager).");
            foreach (var standard in pack.Standards)
            {
                Console.WriteLine($"  {standard.Id,-20} {standard.Audience,-9} assessed by {pack.AllScenarios.Count(s => s.Assesses(standard.Id))} scenarios, scored by {standard.Scoring.Count} rules");
            }

            Console.WriteLine($"The offline scorer reads {pack.Signals.Count} signals in {string.Join(", ", pack.Languages.Select(l => $"{l.Name} ({l.Code})"))}.");
            var missing = pack.MissingTranslations();
            foreach (var language in pack.Languages)
            {
                var lacking = missing.Where(m => m.Language == language.Code).Select(m => m.ScenarioId).ToList();
                Console.WriteLine(lacking.Count == 0
                    ? $"  {language.Code}: every scenario is written in {language.Name}"
                    : $"  {language.Code}: {lacking.Count} scenario(s) not yet in {language.Name}: {string.Join(", ", lacking)}");
            }

            if (parse.GetValue(stats))
            {
                ContentStats.Print(pack, Console.Out);
            }

            return 0;
        });
        return command;
    }
}

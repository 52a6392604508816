using System.CommandLine;

namespace CoachBot.Cli.Commands;

internal static class ValidateCommand
{
    public static Command Create()
    {
        var content = ContentOption.Create();
        var command = new Command("validate", "Check the standards pack, scenarios and scoring languages; print each problem with its file, field and reason.") { content };
        command.SetAction(parse =>
        {
            var directory = ContentOption.DirectoryFrom(parse, content);
            var pack = ContentOption.TryLoad(directory);
            if (pack is null)
            {
                return 1;
            }

            Console.WriteLine($"OK: {directory}: {pack.Standards.Count} standards ({pack.FrontlineStandards.Count} frontline), {pack.Scenarios.Count} scenarios.");
            foreach (var standard in pack.FrontlineStandards)
            {
                Console.WriteLine($"  {standard.Id,-18} assessed by {pack.Scenarios.Count(s => s.Assesses(standard.Id))} scenarios, scored by {standard.Scoring.Count} rules");
            }

            Console.WriteLine($"The offline scorer reads {pack.Signals.Count} signals in {string.Join(", ", pack.Languages.Select(l => $"{l.Name} ({l.Code})"))}.");

            return 0;
        });
        return command;
    }
}

using System.CommandLine;
using CoachBot.Core.Coaching;
using CoachBot.Core.Scoring;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace CoachBot.Cli.Commands;

/// <summary>The coaching dialog in the terminal, stored in the same SQLite file as the host.</summary>
internal static class PracticeCommand
{
    public static Command Create()
    {
        var content = ContentOption.Create();
        var topic = new Argument<string?>("topic") { Description = "Optional topic, e.g. bank, restaurant, optician", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("practice", "Practise in the terminal: read a scenario, type your answer, get scored. Type 'exit' or press Ctrl+D to leave.") { topic, content };
        command.SetAction(async (parse, ct) =>
        {
            var pack = ContentOption.TryLoad(ContentOption.DirectoryFrom(parse, content));
            if (pack is null)
            {
                return 1;
            }

            var settings = CliSettings.Load();
            await using var services = await CliStorage.OpenAsync(settings, ct);
            var scorer = new RubricAnswerScorer(pack);
            // The scenarios HR wrote in the dashboard, as the host gives them.
            await new CoachBot.Core.Authoring.ScenarioAuthoring(pack, services.GetRequiredService<CoachBot.Core.Authoring.IAuthoredScenarioStore>(), scorer, TimeProvider.System).RefreshAsync(ct);
            var coaching = new CoachingService(pack, scorer, services.GetRequiredService<ICoachingStore>(),
                TimeProvider.System, NullLogger<CoachingService>.Instance, languages: services.GetRequiredService<CoachBot.Core.Texts.IUserLanguageStore>(),
                practiceChoices: services.GetRequiredService<IPracticeChoiceStore>(), history: services.GetRequiredService<CoachBot.Core.Spacing.IScenarioHistory>());
            var address = new ChatAddress("cli", "terminal", Environment.UserName);
            // The terminal's locale ("ru_RU.UTF-8") is the platform's; "language mn" overrides it, as in chat.
            var locale = Environment.GetEnvironmentVariable("LC_ALL") is { Length: > 0 } all ? all : Environment.GetEnvironmentVariable("LANG");

            Print(await coaching.HandleAsync(new IncomingMessage(address, "practice " + parse.GetValue(topic)) { Locale = locale }, ct));
            while (!ct.IsCancellationRequested)
            {
                Console.Write("> ");
                var line = Console.ReadLine();
                if (line is null || line.Trim() is "exit" or "quit")
                {
                    break;
                }

                Print(await coaching.HandleAsync(new IncomingMessage(address, line) { Locale = locale }, ct));
            }

            Console.WriteLine($"Bye. Your answers are stored in {settings.DatabasePath}.");
            return 0;
        });
        return command;
    }

    private static void Print(IReadOnlyList<BotReply> replies)
    {
        foreach (var reply in replies)
        {
            Console.WriteLine(reply.Text);
            Console.WriteLine();
        }
    }
}

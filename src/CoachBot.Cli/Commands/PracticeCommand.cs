using System.CommandLine;

namespace CoachBot.Cli.Commands;

internal static class PracticeCommand
{
    public static Command Create()
    {
        var command = new Command("practice", "Practise in the terminal.");
        command.SetAction(_ => 0);
        return command;
    }
}

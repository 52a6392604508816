using System.CommandLine;
using CoachBot.Cli.Commands;

var root = new RootCommand("CoachBot: practise customer-service moments of truth, and check the content and the scorer.")
{
    ValidateCommand.Create(),
    MigrateCommand.Create(),
    ScoreCommand.Create(),
    EvalCommand.Create(),
    PracticeCommand.Create(),
    TeamsPackageCommand.Create(),
    PeopleCommands.Import(),
    PeopleCommands.SetPassword(),
    PeopleCommands.SignOut(),
};
return await root.Parse(args).InvokeAsync();

namespace CoachBot.Core.Coaching;

internal enum CommandKind
{
    Empty,
    Help,
    Practice,
    ManagerPractice,
    Retry,
    ModelAnswer,
    Next,
    Progress,
    Stop,
    Language,
    Unknown,
    FreeText,
}

internal sealed record Command(CommandKind Kind, string? Argument = null);

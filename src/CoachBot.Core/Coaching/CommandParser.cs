namespace CoachBot.Core.Coaching;

/// <summary>Turns typed text or a button's action into a command. Anything else is free text (an answer).</summary>
internal static class CommandParser
{
    private static readonly Dictionary<string, CommandKind> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["help"] = CommandKind.Help,
        ["?"] = CommandKind.Help,
        ["start"] = CommandKind.Help,
        ["practice"] = CommandKind.Practice,
        ["practise"] = CommandKind.Practice,
        ["retry"] = CommandKind.Retry,
        ["again"] = CommandKind.Retry,
        ["next"] = CommandKind.Next,
        ["skip"] = CommandKind.Next,
        ["progress"] = CommandKind.Progress,
        ["stop"] = CommandKind.Stop,
        ["quit"] = CommandKind.Stop,
        ["model"] = CommandKind.ModelAnswer,
        ["model-answer"] = CommandKind.ModelAnswer,
        ["model answer"] = CommandKind.ModelAnswer,
    };

    public static Command Parse(IncomingMessage message)
    {
        if (!string.IsNullOrWhiteSpace(message.Action))
        {
            return Words.TryGetValue(message.Action.Trim(), out var kind) ? new Command(kind) : new Command(CommandKind.Unknown, message.Action.Trim());
        }

        var text = message.Text?.Trim() ?? "";
        if (text.Length == 0)
        {
            return new Command(CommandKind.Empty);
        }

        var normalised = text.TrimStart('/').TrimEnd('.', '!');
        if (Words.TryGetValue(normalised, out var whole))
        {
            return new Command(whole);
        }

        var space = normalised.IndexOf(' ');
        if (space > 0 && Words.TryGetValue(normalised[..space], out var head) && head == CommandKind.Practice && normalised.Length - space <= 40)
        {
            return new Command(CommandKind.Practice, normalised[(space + 1)..].Trim());
        }

        // "/foo" or a lone short word is a command the employee got wrong, not an answer to a customer.
        if (text.StartsWith('/') || (!text.Contains(' ') && text.Length <= 20))
        {
            return new Command(CommandKind.Unknown, text);
        }

        return new Command(CommandKind.FreeText, text);
    }
}

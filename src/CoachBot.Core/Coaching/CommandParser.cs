using CoachBot.Core.Texts;

namespace CoachBot.Core.Coaching;

/// <summary>
/// Turns typed text or a button's action into a command, with the command words of every language's catalogue
/// (a Russian speaker's "тренировка банк" is "practice bank"). Anything else is free text (an answer).
/// </summary>
internal sealed class CommandParser
{
    private static readonly Dictionary<string, CommandKind> Kinds = new(StringComparer.Ordinal)
    {
        ["help"] = CommandKind.Help,
        ["practice"] = CommandKind.Practice,
        ["retry"] = CommandKind.Retry,
        ["model-answer"] = CommandKind.ModelAnswer,
        ["next"] = CommandKind.Next,
        ["progress"] = CommandKind.Progress,
        ["stop"] = CommandKind.Stop,
        ["language"] = CommandKind.Language,
        ["manager"] = CommandKind.ManagerPractice,
    };

    private readonly Dictionary<string, CommandKind> _words = new(StringComparer.OrdinalIgnoreCase);

    public CommandParser(TextCatalogues catalogues)
    {
        foreach (var catalogue in catalogues.All)
        {
            foreach (var (name, words) in catalogue.Commands)
            {
                if (Kinds.TryGetValue(name, out var kind))
                {
                    _words.TryAdd(name, kind);
                    foreach (var word in words)
                    {
                        _words.TryAdd(word, kind);
                    }
                }
            }
        }
    }

    public Command Parse(IncomingMessage message)
    {
        if (!string.IsNullOrWhiteSpace(message.Action))
        {
            var action = message.Action.Trim();
            if (_words.TryGetValue(action, out var kind))
            {
                return new Command(kind);
            }

            // A button that practises an industry sends the words a person would type: "practice hotel".
            return ParseText(action) is { Kind: CommandKind.Practice } practice ? practice : new Command(CommandKind.Unknown, action);
        }

        return ParseText(message.Text?.Trim() ?? "");
    }

    private Command ParseText(string text)
    {
        if (text.Length == 0)
        {
            return new Command(CommandKind.Empty);
        }

        var normalised = string.Join(' ', text.TrimStart('/').TrimEnd('.', '!').Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (_words.TryGetValue(normalised, out var whole))
        {
            return new Command(whole);
        }

        var space = normalised.IndexOf(' ');
        if (space > 0 && _words.TryGetValue(normalised[..space], out var head) && normalised.Length - space <= 40
            && head is CommandKind.Practice or CommandKind.Language)
        {
            var argument = normalised[(space + 1)..].Trim();
            return head == CommandKind.Practice && _words.GetValueOrDefault(argument) == CommandKind.ManagerPractice
                ? new Command(CommandKind.ManagerPractice)
                : new Command(head, argument);
        }

        // "/foo" or a lone short word is a command the employee got wrong, not an answer to a customer.
        if (text.StartsWith('/') || (!text.Contains(' ') && text.Length <= 20))
        {
            return new Command(CommandKind.Unknown, text);
        }

        return new Command(CommandKind.FreeText, text);
    }
}

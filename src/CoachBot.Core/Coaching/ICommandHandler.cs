using CoachBot.Core.Texts;

namespace CoachBot.Core.Coaching;

/// <summary>
/// A feature's typed chat commands beside the practice dialog (scheduling, reports), registered by the feature itself.
/// <see cref="CoachingService"/> asks each before the practice dialog, so a command is never taken for an answer; a host
/// without the feature does not know its words.
/// </summary>
public interface ICommandHandler
{
    /// <summary>Whether the typed text is one of this handler's commands, in any language's command words.</summary>
    bool Handles(string? text);

    /// <summary>Answers the command in the person's catalogue <paramref name="t"/>.</summary>
    Task<BotReply> HandleAsync(TextCatalogue t, ChatAddress from, string text, CancellationToken cancellationToken);
}

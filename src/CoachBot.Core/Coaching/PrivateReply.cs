using CoachBot.Core.Texts;

namespace CoachBot.Core.Coaching;

/// <summary>What a shared conversation sees in place of a <see cref="BotReply.IsPrivate"/> reply, in the language of the reply it stands for.</summary>
public static class PrivateReply
{
    public static BotReply SentDirectly(TextCatalogue texts) => new(texts.Text("private.sent-directly")) { Language = texts.Code };

    public static BotReply CannotSendDirectly(TextCatalogue texts) => new(texts.Text("private.cannot-send")) { Language = texts.Code };
}

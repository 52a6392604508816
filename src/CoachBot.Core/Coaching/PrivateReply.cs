namespace CoachBot.Core.Coaching;

/// <summary>What a shared conversation sees in place of a <see cref="BotReply.IsPrivate"/> reply.</summary>
public static class PrivateReply
{
    public static BotReply SentDirectly { get; } = new("I've sent you a direct message: that's only for you.");

    public static BotReply CannotSendDirectly { get; } =
        new("That's only for you, and I can't message you privately from here. Ask me in a 1:1 chat with CoachBot.");
}

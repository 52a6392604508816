namespace CoachBot.Core.Texts;

/// <summary>A chat platform that can tell a user's locale from their profile when their messages do not carry it (Slack's users.info).</summary>
public interface IPlatformLocale
{
    string ChannelId { get; }

    /// <summary>The user's locale ("ru-RU"), or null when the platform does not say or cannot be asked; never throws.</summary>
    Task<string?> LocaleOfAsync(string userId, CancellationToken cancellationToken);
}

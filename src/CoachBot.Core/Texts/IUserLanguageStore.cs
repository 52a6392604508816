namespace CoachBot.Core.Texts;

/// <summary>The language stored for one chat account: the one they chose, and the one their platform last said they use.</summary>
public sealed record UserLanguage(string? Chosen, string? Platform);

/// <summary>Persistence of <see cref="UserLanguage"/> per chat account (channel and user id), for replies and for scheduled prompts.</summary>
public interface IUserLanguageStore
{
    Task<UserLanguage?> GetAsync(string channelId, string userId, CancellationToken cancellationToken);

    Task SaveAsync(string channelId, string userId, UserLanguage language, DateTimeOffset now, CancellationToken cancellationToken);
}

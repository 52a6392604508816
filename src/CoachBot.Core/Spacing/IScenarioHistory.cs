using CoachBot.Core.People;

namespace CoachBot.Core.Spacing;

/// <summary>
/// The scenarios given to chat accounts: opened for a person (practice, next, a prompt, a channel prompt's Answer button)
/// or posted in a channel (the channel's conversation id stands as the recipient). Answers are the attempts themselves.
/// </summary>
public interface IScenarioHistory
{
    Task RecordGivenAsync(string channelId, string recipientId, string scenarioId, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Scenario id → the last time it was given to any of these accounts.</summary>
    Task<IReadOnlyDictionary<string, DateTimeOffset>> LastGivenAsync(IReadOnlyCollection<ChatAccount> accounts, CancellationToken cancellationToken);
}

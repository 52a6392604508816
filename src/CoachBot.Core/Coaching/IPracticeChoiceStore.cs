namespace CoachBot.Core.Coaching;

/// <summary>Persistence of <see cref="PracticeChoice"/> per chat account (channel and user id), for practice and for scheduled prompts.</summary>
public interface IPracticeChoiceStore
{
    Task<PracticeChoice?> GetAsync(string channelId, string userId, CancellationToken cancellationToken);

    Task SaveAsync(string channelId, string userId, PracticeChoice choice, DateTimeOffset now, CancellationToken cancellationToken);
}

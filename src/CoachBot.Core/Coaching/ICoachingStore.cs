using CoachBot.Core.Progress;

namespace CoachBot.Core.Coaching;

/// <summary>Persistence for the dialog: state per user and conversation, and every scored attempt.</summary>
public interface ICoachingStore
{
    Task<DialogState?> GetDialogAsync(ChatAddress address, CancellationToken cancellationToken);

    Task SaveDialogAsync(DialogState state, CancellationToken cancellationToken);

    /// <summary>Stores the attempt and the dialog state together, or neither.</summary>
    Task SaveAttemptAsync(Attempt attempt, DialogState state, CancellationToken cancellationToken);

    Task<IReadOnlyList<Attempt>> GetAttemptsAsync(string channelId, string userId, CancellationToken cancellationToken);
}

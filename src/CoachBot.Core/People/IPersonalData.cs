namespace CoachBot.Core.People;

/// <summary>Everything stored about a person's chat accounts: to hand it to them, or to erase it.</summary>
public interface IPersonalData
{
    Task<PersonalDataExport> ExportAsync(IReadOnlyList<ChatAccount> accounts, CancellationToken cancellationToken);

    /// <summary>Deletes the person's answers, scores, dialog state, conversation references, prompts sent to them, schedules they own, their sign-in and their directory entry, in one transaction.</summary>
    Task<ErasureResult> EraseAsync(string? personId, IReadOnlyList<ChatAccount> accounts, CancellationToken cancellationToken);

    /// <summary>Blanks the text of answers (and the quotes taken from them) older than the cutoff; the scores stay.</summary>
    Task<int> RemoveAnswerTextBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}

public sealed record PersonalDataExport(
    IReadOnlyList<ChatAccount> Accounts,
    IReadOnlyList<ExportedAttempt> Attempts,
    IReadOnlyList<ExportedPrompt> PromptsReceived);

public sealed record ExportedAttempt(string ChannelId, string ScenarioId, DateTimeOffset At, string Answer, string Scorer, IReadOnlyDictionary<string, int?> Scores);

public sealed record ExportedPrompt(string ChannelId, string LocalDate, string Status, string? ScenarioId);

public sealed record ErasureResult(int Attempts, int DialogStates, int References, int Prompts, int Schedules, bool DirectoryEntry);

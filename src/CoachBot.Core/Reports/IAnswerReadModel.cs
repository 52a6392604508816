using CoachBot.Core.Progress;

namespace CoachBot.Core.Reports;

/// <summary>Scored answers read scenario by scenario and word for word, for the dashboard's moments of truth and a person's answers.</summary>
public interface IAnswerReadModel
{
    /// <summary>Per scenario and standard, the scores given to the keys' answers on those UTC days (null keys: everyone).</summary>
    Task<IReadOnlyList<ScenarioScores>> ScenarioScoresAsync(DateOnly from, DateOnly to, ProgressKeys keys, CancellationToken cancellationToken);

    /// <summary>The newest answers of one key (a person id, or "channel:user"), newest first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<Attempt>> RecentAttemptsAsync(string key, DateOnly from, DateOnly to, int limit, CancellationToken cancellationToken);
}

/// <summary>Scores on one standard in answers to one scenario.</summary>
public sealed record ScenarioScores(string ScenarioId, string StandardId, int Count, int Sum);

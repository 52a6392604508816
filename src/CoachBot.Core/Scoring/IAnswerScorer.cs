using CoachBot.Core.Content;

namespace CoachBot.Core.Scoring;

/// <summary>Scores an employee's answer to a scenario against each standard it assesses.</summary>
public interface IAnswerScorer
{
    /// <summary>Stored with every attempt, so reports can tell scorers apart.</summary>
    string Name { get; }

    Task<AnswerAssessment> ScoreAsync(Scenario scenario, string answer, CancellationToken cancellationToken);
}

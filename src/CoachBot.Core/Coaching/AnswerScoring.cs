using CoachBot.Core.Content;
using CoachBot.Core.Progress;
using CoachBot.Core.Scoring;
using CoachBot.Core.Texts;
using Microsoft.Extensions.Logging;

namespace CoachBot.Core.Coaching;

/// <summary>An answer to the open scenario: scored, stored as an attempt, and answered with the score card.</summary>
internal sealed partial class AnswerScoring(IAnswerScorer scorer, ICoachingStore store, Replies replies, ILogger logger)
{
    public async Task<IReadOnlyList<BotReply>> AnswerAsync(
        TextCatalogue t, DialogState state, Scenario scenario, IncomingMessage message, string answer, DateTimeOffset now, CancellationToken ct)
    {
        if (answer.Length > CoachingLimits.MaxAnswerLength)
        {
            return [Replies.Reply(t, t.Text("error.answer-too-long", ("length", answer.Length.ToString("N0", t.Culture)), ("max", CoachingLimits.MaxAnswerLength.ToString("N0", t.Culture))))];
        }

        var assessment = await scorer.ScoreAsync(scenario, answer, ct);
        if (!assessment.IsScored)
        {
            return [replies.UnscorableLanguage(t)];
        }

        var attempt = new Attempt(Guid.NewGuid(), message.Address, scenario.Id, answer, assessment.ScorerName, now, assessment.Scores) { ScenarioVersion = scenario.Version };
        await store.SaveAttemptAsync(attempt, state with { UpdatedAt = now }, ct);
        LogScored(logger, attempt.Id, scenario.Id, assessment.ScorerName);
        return [replies.Scores(t, scenario, assessment)];
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Scored attempt {AttemptId} on {ScenarioId} with {Scorer}")]
    private static partial void LogScored(ILogger logger, Guid attemptId, string scenarioId, string scorer);
}

using CoachBot.Core.Content;

namespace CoachBot.Core.Scoring;

/// <summary>The offline scorer's reading of one standard's level wording.</summary>
internal interface IStandardRule
{
    string StandardId { get; }

    StandardScore Score(AnswerText answer, Scenario scenario);
}

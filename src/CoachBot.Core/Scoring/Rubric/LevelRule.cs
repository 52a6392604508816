namespace CoachBot.Core.Scoring.Rubric;

/// <summary>One line of a standard's <c>scoring</c>: the score an answer gets when the condition holds.</summary>
public sealed record LevelRule(int Score, Condition When);

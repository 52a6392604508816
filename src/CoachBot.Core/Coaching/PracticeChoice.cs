namespace CoachBot.Core.Coaching;

/// <summary>
/// The industry a person chose to practise (null: every industry, mixed). Which of its scenarios come next is the spacing
/// policy's, over everything the person was given and answered; <paramref name="AgainSince"/> is when they chose to go
/// through the industry again after having had all of it lately, so what they had before then does not hold that round up.
/// </summary>
public sealed record PracticeChoice(string? Industry, DateTimeOffset? AgainSince = null);

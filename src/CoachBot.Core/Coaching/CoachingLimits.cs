namespace CoachBot.Core.Coaching;

public static class CoachingLimits
{
    /// <summary>What an employee would say to a customer fits in this; longer is pasted text, not an answer.</summary>
    public const int MaxAnswerLength = 2_000;
}

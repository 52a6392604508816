namespace CoachBot.Core.Coaching;

/// <summary>The button values every channel sends back; the same words work typed.</summary>
public static class CoachingActions
{
    public const string Practice = "practice";
    public const string Retry = "retry";
    public const string ModelAnswer = "model-answer";
    public const string Next = "next";
    public const string Progress = "progress";
    public const string Help = "help";
    public const string Stop = "stop";

    public static readonly ReplyAction RetryButton = new("Try again", Retry);
    public static readonly ReplyAction ModelAnswerButton = new("Show a model answer", ModelAnswer);
    public static readonly ReplyAction NextButton = new("Next scenario", Next);
    public static readonly ReplyAction PracticeButton = new("Practise a scenario", Practice);
    public static readonly ReplyAction ProgressButton = new("My progress", Progress);
}

using CoachBot.Core.Texts;

namespace CoachBot.Core.Coaching;

/// <summary>The button values every channel sends back; the same words work typed. Labels come from the person's catalogue.</summary>
public static class CoachingActions
{
    public const string Practice = "practice";
    public const string Retry = "retry";
    public const string ModelAnswer = "model-answer";
    public const string Next = "next";
    public const string Progress = "progress";
    public const string Help = "help";
    public const string Stop = "stop";

    public static ReplyAction RetryButton(TextCatalogue texts) => new(texts.Text("button.retry"), Retry);

    public static ReplyAction ModelAnswerButton(TextCatalogue texts) => new(texts.Text("button.model-answer"), ModelAnswer);

    public static ReplyAction NextButton(TextCatalogue texts) => new(texts.Text("button.next"), Next);

    public static ReplyAction PracticeButton(TextCatalogue texts) => new(texts.Text("button.practice"), Practice);

    public static ReplyAction ProgressButton(TextCatalogue texts) => new(texts.Text("button.progress"), Progress);
}

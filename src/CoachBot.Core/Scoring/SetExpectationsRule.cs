using System.Text.RegularExpressions;
using CoachBot.Core.Content;

namespace CoachBot.Core.Scoring;

/// <summary>
/// set-expectations: 0 nothing, or a promise outside the employee's control; 1 vague or "I'll try";
/// 2 a concrete step with a time; 3 that, with a margin, and a plan if it slips or an extra.
/// </summary>
internal sealed partial class SetExpectationsRule : IStandardRule
{
    public string StandardId => "set-expectations";

    public StandardScore Score(AnswerText answer, Scenario scenario)
    {
        var result = new RuleResult(StandardId);
        var overPromise = answer.FirstQuote(OverPromise());
        if (overPromise is not null)
        {
            result.Evidence(overPromise);
            return result.Finish(0, "a promise outside your control",
                "Promise only what you control: say what you will do and by when, e.g. \"I'll call you by 4 pm with an update\", not \"it will definitely be fixed\".");
        }

        var commitment = ConcreteCommitment(answer);
        var hedge = answer.FirstQuote(HedgeCues.Hedge());
        if (commitment is null || hedge is not null)
        {
            var vague = hedge ?? answer.FirstQuote(TimeCues.Vague()) ?? answer.FirstQuote(Offer());
            if (vague is not null)
            {
                result.Evidence(vague);
                return result.Finish(1, "no concrete time: the commitment is vague",
                    $"Replace \"soon\" or \"I'll try\" with a step and a time you control, e.g. \"I'll update you by {SuggestedTime(scenario)}\".");
            }

            return result.Finish(0, "no commitment: the customer does not know what happens next",
                $"Tell the customer what you will do next and when, e.g. \"I'll update you by {SuggestedTime(scenario)}\".");
        }

        result.Evidence(commitment);
        var margin = answer.FirstQuote(Margin());
        var fallback = answer.FirstQuote(IfItSlips()) ?? answer.FirstQuote(Extra());
        if (margin is not null && fallback is not null)
        {
            result.Evidence(margin);
            result.Evidence(fallback);
            return result.Finish(3, null, null);
        }

        return result.Finish(2, margin is null ? "no margin in the time you gave" : "no plan for if it slips",
            margin is null
                ? "Leave yourself a margin (\"by 4:30, probably sooner\") and say what you'll do if it slips."
                : "Add what happens if it slips, or the extra the customer gets, e.g. \"if it's later, it's on us\".");
    }

    private static string SuggestedTime(Scenario scenario) =>
        scenario.CustomerSays.Contains("tomorrow", StringComparison.OrdinalIgnoreCase) ? "5 pm today" : "the end of the hour";

    private static string? ConcreteCommitment(AnswerText answer)
    {
        foreach (Match time in answer.Find(TimeCues.Concrete()))
        {
            var sentenceStart = answer.Normalised.LastIndexOfAny(['.', '!', '?', ';'], Math.Max(0, time.Index - 1)) + 1;
            var sentenceEnd = answer.Normalised.IndexOfAny(['.', '!', '?', ';'], time.Index);
            var sentence = answer.Normalised[sentenceStart..(sentenceEnd < 0 ? answer.Normalised.Length : sentenceEnd)];
            if (CommitmentVerb().IsMatch(sentence) && !NotACommitment().IsMatch(sentence))
            {
                return answer.Quote(time);
            }
        }

        return null;
    }

    [GeneratedRegex(@"\b(?:i(?:'ll| will)|i will|we(?:'ll| will)|we will|i(?:'m| am)|i am|i(?:'ve| have)|we've|it(?:'ll| will)|it will|he(?:'ll| will)|she(?:'ll| will)|they(?:'ll| will)|will be|can|could|ready|arriv|landing|booked|rebooked|have a|get (?:you|it)|send|call|ring|text|email|message|hold|be (?:with you|there|back)|due)")]
    private static partial Regex CommitmentVerb();

    [GeneratedRegex(@"\b(?:(?:can't|cannot|can not)|cannot|not able|unable|takes? (?:seven|\d)|printed|in due course)\b")]
    private static partial Regex NotACommitment();

    [GeneratedRegex(@"\b(?:definitely|guarantee|guaranteed|i promise|you have my word|absolutely fine|completely fixed|it never|always hand|(?:don't|do not) stress|won't be a problem|no problem at all)\b")]
    private static partial Regex OverPromise();

    [GeneratedRegex(@"\b(?:we can(?!'|not)|i can(?!'|not)|i(?:'ll| will)|we(?:'ll| will)|will be|flag|pass|review|rebooked|in touch|contact you|would you like|waiting list|cancellation list)\b")]
    private static partial Regex Offer();

    [GeneratedRegex(@"\b(?:probably (?:sooner|less|before)|likely sooner|usually sooner|often sooner|normally|to be safe|leaves? (?:slack|a margin|some time)|shouldn't take (?:that|as) long|later than (?:she|he|they|we|i) needs?|i(?:'ll| will) promise|it(?:'s| is) usually|usually (?:faster|quicker)|even if it(?:'s| is) only|or sooner|at the latest|if not sooner)\b")]
    private static partial Regex Margin();

    [GeneratedRegex(@"\bif (?:it(?:'s| is)|it is|they|she|he|it|that|the|anything|none|tonight's|you|not|this)\b[^.;]*(?:later|(?:can't|cannot|can not)|cannot|(?:isn't|is not)|hasn't|not|slips|drags|wrong|still|none|fails|late|longer|doesn't|by mistake)|\bif not\b|\bback-up\b|\bbackup\b")]
    private static partial Regex IfItSlips();

    [GeneratedRegex(@"\b(?:on the house|on us|free|no charge|free of charge|refund(?:ed)?|on top|plus £?\d+|waive)\b")]
    private static partial Regex Extra();
}

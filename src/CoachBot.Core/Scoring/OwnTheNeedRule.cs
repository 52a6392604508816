using System.Text.RegularExpressions;
using CoachBot.Core.Content;

namespace CoachBot.Core.Scoring;

/// <summary>
/// own-the-need: 0 deflects to structure or policy; 1 only the standard process, or policy without an
/// alternative; 2 a way through to the customer's goal; 3 personal "I will" ownership plus a real
/// alternative or a warm, named hand-off.
/// </summary>
internal sealed partial class OwnTheNeedRule : IStandardRule
{
    public string StandardId => "own-the-need";

    public StandardScore Score(AnswerText answer, Scenario scenario)
    {
        var result = new RuleResult(StandardId);
        var deflection = answer.FirstQuote(Deflection());
        var personal = answer.FirstQuote(PersonalAction());
        var wayThrough = answer.FirstQuote(WayThrough());
        var alternative = answer.FirstQuote(Alternative()) ?? answer.FirstQuote(NamedHandOff());

        if (deflection is not null && personal is null && wayThrough is null)
        {
            result.Evidence(deflection);
            return result.Finish(0, "the customer is sent to another department, channel or rule with no way forward",
                $"Own the goal (\"{scenario.Goal}\"): say what you will do, e.g. \"I'll sort this for you myself\", instead of where they must go.");
        }

        var policy = answer.FirstQuote(PolicyOnly());
        if (personal is not null && (alternative is not null || answer.Has(Accountable())))
        {
            result.Evidence(personal);
            result.Evidence(alternative ?? answer.FirstQuote(Accountable()));
            return result.Finish(3, null, null);
        }

        if ((personal is not null || wayThrough is not null) && policy is null)
        {
            result.Evidence(personal ?? wayThrough);
            return result.Finish(2, "no personal ownership with a fallback",
                "Take it on yourself (\"I will…\") and add a real alternative if the usual path fails, or hand over to a named colleague while you stay accountable.");
        }

        result.Evidence(policy ?? deflection ?? answer.FirstQuote(StandardProcess()));
        var score = result.Finish(1, "stays inside the standard process without a way through to the customer's goal",
            $"Offer a way through to \"{scenario.Goal}\", not just the usual process: e.g. \"What I can do today is…\".");
        return score.Evidence.Count == 0 && deflection is null && wayThrough is null && personal is null && !answer.Has(StandardProcess())
            ? result.Finish(0, "no way forward for the customer's goal", $"Offer a way through to \"{scenario.Goal}\", e.g. \"I'll sort this for you now\".")
            : score;
    }

    [GeneratedRegex(@"\b(?:not my department|not my job|you(?:'ll| will) (?:have|need) to|you could try|take it up with|contact (?:their|the|our)|is run by|handled (?:by|centrally)|handles its own|not (?:by )?us\b|(?:can't|cannot|can not) touch|nothing (?:i|we|the \w+) can do|only ones who can|i only do|go to (?:the|our)|submit a|raise a ticket|follow the instructions|i(?:'m| am) not able to|(?:can't|cannot|can not) arrange|(?:can't|cannot|can not) order|go to the|is down to|i(?:'m| am) on the|i(?:'m| am) in \w+ \w*,? not|(?:don't|do not) have access|can only be processed|we haven't got it|you (?:can't|cannot|can not)|there's no faster|you(?:'ll| will) just have to|please continue to wait|that(?:'s| is) what the till|drinks problems go)")]
    private static partial Regex Deflection();

    [GeneratedRegex(@"\b(?:i(?:'ll| will) (?!try|just|mention|pass|flag|text|email|message|let you|be in touch|check back|see what|get back)(?:personally |make sure (?!head)|\w+)|i(?:'m| am) (?:booking|approving|having|handing|passing|cancelling|putting|giving|sending|going to|staying)|i(?:'ve| have) (?:cancelled|entered|rung|booked|logged it myself|arranged|put|sent|approved|added|raised|told)|let me (?:take|handle|sort|fix)|leave it with me|myself|personally)")]
    private static partial Regex PersonalAction();

    [GeneratedRegex(@"\b(?:we can|we(?:'ll| will)|i can|you can (?:collect|have|pick)|lets us|will be with you|the same meal again|hold (?:it|one|two)|remake|get you on|we could)\b")]
    private static partial Regex WayThrough();

    [GeneratedRegex(@"\b(?:if (?:they|it|none|she|he|that|the|tonight's|you|anything)[^.;]*(?:(?:can't|cannot|can not)|cannot|(?:isn't|is not)|not|none|fails|slips|drags|later|still)[^.;]*,\s*(?:i(?:'ll| will)|we(?:'ll| will)|i will|take|your)|\bif not\b|back-up|as back-up|or (?:i(?:'ll| will)|we can|send)|instead of waiting)")]
    private static partial Regex Alternative();

    [GeneratedRegex(@"\b(?:to|ask|with|from|handing you (?:straight )?to|passing this (?:straight )?to|have) (?!monday|tuesday|wednesday|thursday|friday|saturday|sunday)([a-z]+), (?:our|the|who)\b|\b(?:dr|mr|mrs|ms) [a-z]+")]
    private static partial Regex NamedHandOff();

    [GeneratedRegex(@"\b(?:i(?:'m| am) staying on|stay on (?:the line|your case)|i(?:'ll| will) stay|i(?:'ll| will) walk|i(?:'ll| will) make sure you|until (?:the|it|you)[^.;]* (?:with you|in your hands|sorted))")]
    private static partial Regex Accountable();

    [GeneratedRegex(@"\b(?:company policy|that(?:'s| is) our standard|our standard|our policy|the system has|need a manager's approval|we (?:don't|do not) lend|(?:can't|cannot|can not) rush|rejoin the queue|not able to override|like everyone else)\b")]
    private static partial Regex PolicyOnly();

    [GeneratedRegex(@"\b(?:flag|pass (?:your|it)|billing team|will review|someone will|mention|logged|raised a|ticket|rebooked|voucher|in touch)\b")]
    private static partial Regex StandardProcess();
}

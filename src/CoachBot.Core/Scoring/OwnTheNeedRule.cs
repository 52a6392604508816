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
        var actions = answer.Find(PersonalAction()).Select(answer.Quote).Distinct(StringComparer.Ordinal).ToList();
        var wayThrough = answer.FirstQuote(WayThrough());
        var hedge = answer.FirstQuote(HedgeCues.Hedge());
        var backing = answer.FirstQuote(Alternative()) ?? NamedPerson(answer) ?? answer.FirstQuote(Accountable())
            ?? (actions.Count >= 2 ? actions[1] : null) ?? answer.FirstQuote(CompletedForThem());

        if (deflection is not null && actions.Count == 0 && wayThrough is null)
        {
            result.Evidence(deflection);
            return result.Finish(0, "the customer is sent to another department, channel or rule with no way forward",
                $"Own the goal (\"{scenario.Goal}\"): say what you will do, e.g. \"I'll sort this for you myself\", instead of where they must go.");
        }

        var policy = answer.FirstQuote(PolicyOnly());
        if (actions.Count > 0 && backing is not null && hedge is null)
        {
            result.Evidence(actions[0]);
            result.Evidence(backing);
            return result.Finish(3, null, null);
        }

        if ((actions.Count > 0 || wayThrough is not null) && policy is null && hedge is null)
        {
            result.Evidence(actions.FirstOrDefault() ?? wayThrough);
            return result.Finish(2, "no personal ownership with a fallback",
                "Take it on yourself (\"I will…\") and add a real alternative if the usual path fails, or hand over to a named colleague while you stay accountable.");
        }

        result.Evidence(hedge ?? policy ?? answer.FirstQuote(StandardProcess()));
        return result.Finish(1, "stays inside the standard process without a firm way through to the customer's goal",
            $"Offer a way through to \"{scenario.Goal}\", not just the usual process: e.g. \"What I'll do right now is…\".");
    }

    /// <summary>A named colleague ("handing you to Tomasz", "Hannah Reid in claims"): read from the original capitals.</summary>
    private static string? NamedPerson(AnswerText answer)
    {
        var match = NamedColleague().Match(answer.Raw);
        return match.Success ? answer.Raw.Substring(match.Index, match.Length) : null;
    }

    [GeneratedRegex(@"\b(?:not my department|not my job|you(?:'ll| will) (?:have|need) to|you could try|take it up with|contact (?:their|the|our)|is run by|handled (?:by|centrally)|handles its own|not (?:by )?us\b|(?:can't|cannot|can not) touch|nothing (?:more |else )?(?:i|we|the \w+) can do|you can (?:rebook|book|do (?:it|that)|apply|report it|check) (?:in|on|online|via|through)|in the app\b|self-service|only ones who can|i only do|go to (?:the|our)|submit a|raise a ticket|follow the instructions|i(?:'m| am) not able to|(?:can't|cannot|can not) arrange|(?:can't|cannot|can not) order|go to the|is down to|i(?:'m| am) on the|i(?:'m| am) in \w+ \w*,? not|(?:don't|do not) have access|can only be processed|we haven't got it|you (?:can't|cannot|can not)|there's no faster|you(?:'ll| will) just have to|that(?:'s| is) what the till|drinks problems go)")]
    private static partial Regex Deflection();

    [GeneratedRegex(@"\b(?:i(?:'ll| will) (?!try|just|mention|pass|flag|raise|log|let \w+ know|tell|inform|text|email|message|send|ring you|call you|phone you|give you a call|let you|be in touch|check back|see what|get back|look into)(?:personally |make sure (?!head)|\w+)|i(?:'m| am) (?:booking|approving|having|handing|passing|cancelling|putting|giving|sending|going to|staying)|i(?:'ve| have) (?:cancelled|entered|rung|booked|logged it myself|arranged|approved|told|sorted|fixed|refunded)|let me (?:take|handle|sort|fix)|leave it with me|myself|personally)")]
    private static partial Regex PersonalAction();

    [GeneratedRegex(@"\b(?:we can(?!'|not)|we(?:'ll| will) (?!give you a call|call|ring|text|email|message|be in touch|try|look|see)|(?<!nothing )i can(?!'|not)|you can (?:collect|have|pick)|lets us|will (?:be (?:with you|on the|ready|at your)|arrive (?:at|by|in)|reach you)(?! soon)|the same meal again|hold (?:it|one|two)|remake|get you on|we could|shows \w+ (?:boxes|in stock)|in stock)\b")]
    private static partial Regex WayThrough();

    [GeneratedRegex(@"\b(?:if (?:they|it|none|she|he|that|the|tonight's|you|anything)[^.;]*(?:(?:can't|cannot|can not)|cannot|(?:isn't|is not)|not|none|fails|slips|drags|later|still)[^.;]*,\s*(?:i(?:'ll| will)|we(?:'ll| will)|i will|take|your)|\bif not\b|back-up|as back-up|or (?:i(?:'ll| will)|we can|send)|instead of waiting)")]
    private static partial Regex Alternative();

    [GeneratedRegex(@"\bi(?:'ve| have) (?:cancelled|entered|stopped|refunded|booked|arranged|approved|sorted|fixed)\b[^.;]*")]
    private static partial Regex CompletedForThem();

    [GeneratedRegex(@"\b(?:(?:to|ask|with|have|handing you(?: straight)? to|passing this(?: straight)? to) (?!Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|I\b)[A-Z][a-z]+|[A-Z][a-z]+ [A-Z][a-z]+ (?:in|on|from) [a-z]+)")]
    private static partial Regex NamedColleague();

    [GeneratedRegex(@"\b(?:i(?:'m| am) staying on|stay on (?:the line|your case)|i(?:'ll| will) stay|i(?:'ll| will) walk|i(?:'ll| will) make sure you|until (?:the|it|you)[^.;]* (?:with you|in your hands|sorted))")]
    private static partial Regex Accountable();

    [GeneratedRegex(@"\b(?:company policy|normal processing|our normal|within our|that(?:'s| is) our standard|our standard|our policy|the system has|need a manager's approval|we (?:don't|do not) lend|(?:can't|cannot|can not) rush|rejoin the queue|not able to override|like everyone else)\b")]
    private static partial Regex PolicyOnly();

    [GeneratedRegex(@"\b(?:flag|pass (?:your|it)|billing team|will review|someone will|mention|logged|raised a|ticket|rebooked|voucher|in touch)\b")]
    private static partial Regex StandardProcess();
}

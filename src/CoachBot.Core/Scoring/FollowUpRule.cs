using System.Text.RegularExpressions;
using CoachBot.Core.Content;

namespace CoachBot.Core.Scoring;

/// <summary>
/// follow-up: 0 no thanks and no closing of the loop; 1 one of the two, or a generic closing;
/// 2 thanks and a specific check-back; 3 that, plus an invitation to give feedback or a next touchpoint.
/// </summary>
internal sealed partial class FollowUpRule : IStandardRule
{
    public string StandardId => "follow-up";

    public StandardScore Score(AnswerText answer, Scenario scenario)
    {
        var result = new RuleResult(StandardId);
        var thanks = answer.FirstQuote(Thanks());
        var checkBack = answer.FirstQuote(CheckBack());
        var touchpoint = answer.FirstQuote(Touchpoint());
        result.Evidence(thanks);
        result.Evidence(checkBack);

        if (thanks is not null && checkBack is not null)
        {
            if (touchpoint is not null)
            {
                result.Evidence(touchpoint);
                return result.Finish(3, null, null);
            }

            return result.Finish(2, "no invitation to give feedback and no next touchpoint",
                "Close with an invitation: ask how you did, or what else you can help with next time.");
        }

        if (thanks is not null || checkBack is not null || answer.Has(GenericClosing()))
        {
            result.Evidence(answer.FirstQuote(GenericClosing()));
            return result.Finish(1, thanks is null ? "no thanks" : "no specific check-back",
                thanks is null
                    ? "Thank the customer for raising it, e.g. \"Thank you for telling us straight away\"."
                    : "Say when and how you'll check they're satisfied, e.g. \"I'll call you tomorrow at 10 to check it's sorted\".");
        }

        return result.Finish(0, "no thanks and no closing of the loop",
            "Thank the customer and say when you'll check back, e.g. \"Thank you for telling us; I'll call you tomorrow to make sure it's sorted\".");
    }

    [GeneratedRegex(@"\b(?:thank you|thanks|thank|grateful|appreciate)\b")]
    private static partial Regex Thanks();

    [GeneratedRegex(@"\b(?:i(?:'ll| will)|i will|we(?:'ll| will)|we will|i'd|i(?:'m| am) going to)\s(?:\w+\s){0,3}?(?:call|ring|phone|text|email|message|check|pop by|drop you|send you a message|update|be in touch|come (?:over|back))\b[^.;]*?(?:to (?:check|confirm|make sure|see|hear|go through)|check|how (?:it|the|they|you)|whether|once|when (?:it|the|you|we)|where (?:it(?:'s| is)|things)|landed|arrived|in your hands|let you know|after)|\b(?:check back|check in|check-back|update you every)\b")]
    private static partial Regex CheckBack();

    [GeneratedRegex(@"\b(?:feedback|how we (?:did|handled|did today)|survey|let us know how|tell (?:us|me) (?:honestly|how|what)|verdict|your thoughts|rate us|invite|pop in|ask for me|next one's on|will be waiting|what we could do better|come back|book you|hear how|how the party went|how (?:the|your) \w+ went|value a word|value your|love to hear|feedback form)\b")]
    private static partial Regex Touchpoint();

    [GeneratedRegex(@"\b(?:have a (?:nice|lovely|good|great) (?:day|evening|afternoon|trip|one|party)|have a lovely|have a good one|enjoy your)\b")]
    private static partial Regex GenericClosing();
}

using System.Text.RegularExpressions;
using CoachBot.Core.Content;

namespace CoachBot.Core.Scoring;

/// <summary>
/// listen-first: 0 dismisses; 1 generic apology; 2 names or reflects the specific concern, or asks a
/// relevant question; 3 empathy for the feeling, the specific concern, and a question aimed at the root.
/// </summary>
internal sealed partial class ListenFirstRule : IStandardRule
{
    public string StandardId => "listen-first";

    public StandardScore Score(AnswerText answer, Scenario scenario)
    {
        var result = new RuleResult(StandardId);
        var dismissive = answer.FirstQuote(Dismissive());
        var empathy = answer.FirstQuote(Empathy());
        var generic = answer.FirstQuote(GenericApology());
        var reflection = Reflection(answer, scenario);
        empathy ??= reflection is not null && reflection.Contains("sorry", StringComparison.OrdinalIgnoreCase) ? reflection : null;
        var rootQuestion = RootQuestion(answer);

        if (dismissive is not null && empathy is null && reflection is null)
        {
            result.Evidence(dismissive);
            return result.Finish(0, "the answer dismisses or argues with the customer's concern",
                $"Start by naming what the customer told you, e.g. \"{Echo(scenario)}\", before any rule or process.");
        }

        result.Evidence(empathy);
        result.Evidence(reflection);
        result.Evidence(rootQuestion);
        if (empathy is not null && reflection is not null && rootQuestion is not null)
        {
            return result.Finish(3, null, null);
        }

        if (reflection is not null || rootQuestion is not null || empathy is not null)
        {
            return result.Finish(2,
                rootQuestion is null ? "no question aimed at the root of the problem" : "no empathy for how the customer feels",
                rootQuestion is null
                    ? $"Add one question about the root of their goal (\"{scenario.Goal}\"), e.g. \"What matters most to you here?\""
                    : "Say how it must feel for them (\"that must be stressful\") before you ask.");
        }

        if (generic is not null)
        {
            result.Evidence(generic);
            return result.Finish(1, "a generic apology; nothing shows this customer's concern was heard",
                $"Reflect their specific concern back, e.g. \"{Echo(scenario)}\", and ask a question about it.");
        }

        return result.Finish(0, "no acknowledgement of the customer's concern and no question",
            $"Open by reflecting the concern, e.g. \"{Echo(scenario)}\", then ask a question about it.");
    }

    private static string Echo(Scenario scenario)
    {
        var firstSentence = scenario.CustomerSays.Split(['.', '!', '?'], 2)[0].Trim();
        return firstSentence.Length <= 80 ? $"So, {Lower(firstSentence)}: I understand how frustrating that is" : "I can hear how frustrating this is";
    }

    private static string Lower(string s) => s.Length == 0 ? s : char.ToLowerInvariant(s[0]) + s[1..];

    /// <summary>The specific concern named back: an acknowledgement cue, or several of the customer's own words early on.</summary>
    private static string? Reflection(AnswerText answer, Scenario scenario)
    {
        var cue = answer.FirstQuote(AcknowledgementCue());
        if (cue is not null)
        {
            return cue;
        }

        var opening = answer.Sentences.Take(2).ToList();
        var customerWords = ContentWords.Of(scenario.CustomerSays + " " + scenario.Goal);
        foreach (var sentence in opening)
        {
            // A reflection speaks to the customer; the business restating its own process in their words is not one.
            if (PolicyOpening().IsMatch(sentence) || !AddressesCustomer().IsMatch(sentence))
            {
                continue;
            }

            var shared = ContentWords.Of(sentence).Intersect(customerWords).Count();
            if (shared >= 2)
            {
                var at = answer.Normalised.IndexOf(sentence, StringComparison.Ordinal);
                return answer.Raw.Substring(at, sentence.Length).Trim();
            }
        }

        return null;
    }

    private static string? RootQuestion(AnswerText answer)
    {
        foreach (Match question in answer.Find(Question()))
        {
            if (!OffTopicQuestion().IsMatch(question.Value))
            {
                return answer.Raw.Substring(question.Index, question.Length).Trim();
            }
        }

        return null;
    }

    [GeneratedRegex(@"\b(?:you|your|you're|you've|you'd|yours)\b")]
    private static partial Regex AddressesCustomer();

    [GeneratedRegex(@"[^.!?\n—]*\?")]
    private static partial Regex Question();

    [GeneratedRegex(@"\b(?:claim number|reference number|account number|date of birth|postcode|booking number|order number|would you like|shall i|do you want me to|can i get you|insured|paying|pay today|cup of tea|coffee|every morning|seen you before|which terminal|anything else)\b")]
    private static partial Regex OffTopicQuestion();

    [GeneratedRegex(@"\b(?:that(?:'s| is) (?:so |really |just )?(?:frustrating|awful|rotten|miserable|painful|scary|upsetting|horrible|dreadful|distressing|hard|rough|a nightmare|gutting|stressful|frightening|worrying|maddening|upsetting|terrible|infuriating|a stressful spot|no good|not fair|disappointing|exhausting)|i'd be (?:fuming|furious|mortified|upset|livid|stressed)(?: too)?|must be (?:\w+ )?(?:nerve-racking|exhausting|awful|terrifying|frightening|stressful|horrible|worrying|hard)|no wonder you're|sounds (?:\w+ )?(?:exhausting|awful|frustrating|stressful|frightening|horrible)|i can see why you're|i understand how (?:stressful|worrying|frustrating|upsetting|much)|how much (?:rides|depends) on|i can hear how|i(?:'m| am) (?:so|really|truly|very) sorry|what a (?:hard|frightening|stressful|horrible|awful)|of course your|can see why you're (?:worried|upset|stressed|angry)|the last thing you need|i'd be (?:\w+ )?too|you must be (?:worried|frightened|exhausted|stressed|upset))")]
    private static partial Regex Empathy();

    [GeneratedRegex(@"\b(?:sorry for (?:the|any) (?:inconvenience|trouble|confusion|wait)|apologi[sz]e for (?:the|any)|apologies for (?:the|any)|sorry about (?:that|the mix-up|this|all this)|sorry to hear (?:that|this)|i understand your frustration|i(?:'m| am) sorry you're|i know it(?:'s| is) hard|oh dear|sorry,|sorry!|i(?:'m| am) sorry\b)")]
    private static partial Regex GenericApology();

    [GeneratedRegex(@"\b(?:got it|understood|noted|i hear you|i see why|i can see why|i understand(?! your frustration)(?: why|,| —| -|\.|$)|understand why|so you(?:'ve| have| need| want|'re)|so it(?:'s| is)|so with|if i understand|let me make sure i understand|just to (?:check|confirm)|you asked for|you were (?:promised|told)|what i(?:'m| am) hearing)\b")]
    private static partial Regex AcknowledgementCue();

    [GeneratedRegex(@"\b(?:everyone's got a story|calm down|you'd better|hadn't you|(?:isn't|is not) run by|is it\?|you should have|that(?:'s| is) your problem|not our problem|everyone's in a hurry|next, please|read the|as i (?:already )?said)")]
    private static partial Regex Dismissive();

    [GeneratedRegex(@"^(?:our |the |your (?:order|claim|parcel) |please |if you |bills |direct debits |cancellations |loaner |lab |parcels |missed |food |stock |hardware )")]
    private static partial Regex PolicyOpening();
}

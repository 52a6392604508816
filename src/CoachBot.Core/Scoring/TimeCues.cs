using System.Text.RegularExpressions;

namespace CoachBot.Core.Scoring;

/// <summary>Concrete times and deadlines ("by 4 pm", "within ten minutes", "on Thursday"), shared by the rules.</summary>
internal static partial class TimeCues
{
    private const string Number = @"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|forty-five|fifty|sixty|ninety|half an?|a couple of)";
    private const string Day = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|today|this (?:morning|afternoon|evening|week))";

    [GeneratedRegex(
        @"\b(?:\d{1,2}(?::\d{2})?\s?(?:am|pm|o'clock)|\d{1,2}:\d{2}|(?:by|at|before|until|from|after) (?:half (?:past )?)?(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midday|lunch|six)\b|half (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)|"
        + "(?:within|in|under) (?:the (?:next )?)?" + Number + @"?\s?(?:seconds?|minutes?|mins?|hours?|hour|days?|working days?|business days?|weeks?)|"
        + Number + @" (?:seconds|minutes|mins|hours)|"
        + "(?:by|on|until|before|from|next|this|first thing) " + Day + "|" + Day + @"|end of (?:the )?day|eod|first thing|noon|midday|straight away|right now|right away|immediately)\b")]
    public static partial Regex Concrete();

    [GeneratedRegex(@"\b(?:soon|shortly|in due course|asap|keep checking|please wait|continue to wait|when we have|as long as it takes|as soon as (?:possible|we can)|at some point|when there's news|someone will|in touch|look into it|get back to you|later on)\b")]
    public static partial Regex Vague();
}

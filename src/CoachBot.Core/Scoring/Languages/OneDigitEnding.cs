namespace CoachBot.Core.Scoring.Languages;

/// <summary>
/// Whether a match of a regex may end in one digit (<c>\d</c> with no quantifier). A phrase must end at a word's edge,
/// so such a pattern reads only numbers of one digit there: "удаад \d" reads "удаад 5" but not "удаад 10".
/// </summary>
internal static class OneDigitEnding
{
    public static bool In(string regex)
    {
        if (RegexItems.Of(regex) is not { } items)
        {
            return false;
        }

        if (items.Any(i => i.IsBar))
        {
            return RegexItems.SplitOnBars(regex, items).Any(In);
        }

        for (var k = items.Count - 1; k >= 0; k--)
        {
            var item = items[k];
            if (item.IsLookaround || item.IsAnchorIn(regex))
            {
                continue;
            }

            return item switch
            {
                { Quantified: true } => false,
                { Group: { } branches } => branches.Any(In),
                _ => regex.AsSpan(item.Start, item.End - item.Start) is @"\d",
            };
        }

        return false;
    }
}

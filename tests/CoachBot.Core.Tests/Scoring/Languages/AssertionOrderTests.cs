using System.Text.RegularExpressions;
using CoachBot.Core.Scoring.Languages;

namespace CoachBot.Core.Tests.Scoring.Languages;

public sealed class AssertionOrderTests
{
    [Theory]
    [InlineData(@"(?<!бид\s[^.;!?]*)(?<=(?:^|\s))одоо", @"(?<=(?:^|\s))(?<!бид\s[^.;!?]*)одоо")]
    [InlineData(@"(?!\p{L}+ли)(?<!не\s)(?=да)да", @"(?<!не\s)(?=да)(?!\p{L}+ли)да")]
    public void LeadingLookaroundsThatReadABoundedStretch_GoFirst(string regex, string expected)
    {
        Assert.Equal(expected, AssertionOrder.CheapFirst(regex));
    }

    [Theory]
    [InlineData(@"(?<=(?:^|\s))(?<!бид\s[^.;!?]*)одоо")]
    [InlineData(@"(?<!бид\s[^.;!?]*)одоо")]
    [InlineData(@"(?<!бид\s[^.;!?]*)(?<=\s)одоо|сая")]
    [InlineData(@"(?=(?<w>\p{L}+))(?<!\s)\k<w>")]
    [InlineData(@"(?<!бид\s[^.;!?]*)(?<=\s)?одоо")]
    [InlineData(@"сая(?<!бид\s[^.;!?]*)(?<=\s)")]
    public void OtherwiseTheRegexIsLeftAsItIs(string regex)
    {
        Assert.Equal(regex, AssertionOrder.CheapFirst(regex));
    }

    [Theory]
    [InlineData("би одоо залгана", true)]
    [InlineData("бид сая одоо залгана", false)]
    [InlineData("ододоо", false)]
    public void TheReorderedRegexMatchesTheSame(string text, bool matches)
    {
        const string regex = @"(?<!бид\s[^.;!?]*)(?<=(?:^|\s))одоо";
        Assert.Equal(matches, Regex.IsMatch(text, regex));
        Assert.Equal(matches, Regex.IsMatch(text, AssertionOrder.CheapFirst(regex)));
    }
}

using CoachBot.Core.Scoring.Languages;

namespace CoachBot.Core.Tests.Scoring.Languages;

public sealed class OneDigitEndingTests
{
    [Theory]
    [InlineData(@"удаад\s+\d", true)]
    [InlineData(@"удаад\s+(?:л\s+)?(?:\d|нэг|хоёр)", true)]
    [InlineData(@"call\s+you\s+at\s+(?:noon|\d)", true)]
    [InlineData(@"score\s+\d|full\s+marks", true)]
    [InlineData(@"удаад\s+\d+", false)]
    [InlineData(@"\d{1,2}[:.]\d{2}", false)]
    [InlineData(@"(?:\d)+\s+days", false)]
    [InlineData(@"готов\p{L}*(?!\s+(?:к|до)\s+\d)", false)]
    public void APatternThatMayEndInOneDigit_IsTold(string regex, bool oneDigit)
    {
        Assert.Equal(oneDigit, OneDigitEnding.In(regex));
    }

    [Fact]
    public void APatternEndingInOneDigit_IsRefused_AsItWouldMissEveryLongerNumber()
    {
        Assert.Contains(@"\d+", PatternSet.Problem(@"удаад (?:л )?(?:\d|нэг)"));
        Assert.Null(PatternSet.Problem(@"удаад (?:л )?(?:\d+|нэг)"));
    }
}

using CoachBot.Core.Scoring.Languages;

namespace CoachBot.Core.Tests.Scoring.Languages;

/// <summary>The pre-check that a text holds a pattern's required pieces in the order its matches hold them.</summary>
public sealed class PiecesInOrderTests
{
    [Theory]
    [InlineData(@"i(?:'m|\s+am)\s+(?:so|really)\s+sorry", "i|'m,am|so,really|sorry")]
    [InlineData(@"(?<=said\s+)no\s+(?:way|chance)", "no|way,chance")]
    [InlineData(@"(?=[^.]*?sorry)we\s+will\s+call", "we will call")]
    [InlineData(@"call(?!\s+back)\s+(?:you|u)", "call|you,u")]
    [InlineData(@"went(?:(?<=refund.{0,20})|(?=.{0,20}refund))\s+ok", "went|ok")]
    [InlineData(@"went(?:(?<=refund.{0,20})|\s+refund)\s+ok", "went|ok")]
    [InlineData(@"(?:so\s+)?sorry\s+\p{L}+\s+(?:late|slow)", "sorry|late,slow")]
    [InlineData(@"(?<w>\p{L}{2,}л)\s+и\s+\k<w>", "л|и")]
    [InlineData(@"\d+\s+(?:days|hours)", RequiredLiterals.AnyDigit + "|days,hours")]
    [InlineData(@"(?:oh|ah)|(?:well|so)", "oh,ah,well,so")]
    public void PiecesInOrder_AreThoseTheRegexStepsOver_NotThoseALookaroundReads(string regex, string expected)
    {
        var sets = RequiredLiterals.InOrder(regex, spaceRunsAsOne: true).Select(set => string.Join(",", set));

        Assert.Equal(expected, string.Join("|", sets));
    }

    [Theory]
    [InlineData(@"call \w+ back", "i'll call you back", true)]
    [InlineData(@"call \w+ back", "back then, you said call", false)]
    [InlineData(@"call \w+ (?:back|again)", "again, call you said", false)]
    [InlineData(@"so (?:\w+ )?so", "so so", true)]
    [InlineData(@"so (?:\w+ )?so", "so what", false)]
    [InlineData(@"(?=[^.]*sorry)we will", "we will, sorry", true)]
    [InlineData(@"we will(?<=will)", "we will", true)]
    [InlineData(@"[a-z ]+went(?:(?<=refund.{0,20})|(?=.{0,20}refund)) ok", "the refund went ok", true)]
    public void APatternWhosePiecesAreOutOfOrder_IsNotTried(string pattern, string text, bool tried)
    {
        var set = PatternSet.Of([pattern]);
        var hits = LiteralScanner.Of([set]).Scan(text);

        Assert.Single(hits.Candidates(set)!);
        Assert.Equal(tried, hits.InOrder(set, 0));
        Assert.Equal(tried, hits.MayMatchWithin(set, 0, 0, text.Length));
        Assert.Equal(tried, set.IsMatch(text));
        Assert.Equal(tried, set.Matches(text, hits).Any());
    }

    [Theory]
    [InlineData(0, 27, true)]
    [InlineData(4, 27, true)]
    [InlineData(5, 27, true)]
    [InlineData(6, 27, false)]
    [InlineData(0, 17, false)]
    [InlineData(13, 37, false)]
    public void InAPartOfTheText_ThePiecesMustFollowEachOtherWithinIt(int start, int end, bool mayMatch)
    {
        const string text = "i'll call you back, then call";
        var set = PatternSet.Of([@"call \w+ back"]);
        var hits = LiteralScanner.Of([set]).Scan(text);

        Assert.Equal(mayMatch, hits.MayMatchWithin(set, 0, start, Math.Min(end, text.Length)));
    }
}

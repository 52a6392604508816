using System.Text.RegularExpressions;
using CoachBot.Core.Scoring.Languages;

namespace CoachBot.Core.Tests.Scoring.Languages;

public sealed class WhiteSpaceClassTests
{
    [Fact]
    public void SpelledOut_HoldsEveryCharacterThatBackslashSHolds_AndNoOther()
    {
        var spaces = new Regex(@"^\s$");
        var spelledOut = new Regex(WhiteSpaceClass.SpelledOut(@"^\s$"));
        Assert.DoesNotContain(@"\s", spelledOut.ToString(), StringComparison.Ordinal);
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            var text = c.ToString();
            Assert.True(spaces.IsMatch(text) == spelledOut.IsMatch(text), $"U+{(int)c:X4}");
        }
    }

    [Theory]
    [InlineData(@"би\s+(?:[^\s.;!?]+\s+){0,8}?залга")]
    [InlineData(@"[]\s]+x")]
    [InlineData(@"[^]\s]+")]
    [InlineData(@"\\s\S+")]
    [InlineData(@"[\[\s]a")]
    public void APatternSpelledOut_FindsTheSameMatches(string pattern)
    {
        string[] texts = ["би\u00a0маргааш\tтанд залгана.", "x ]x ]]x", "a\\sb [ a\u3000a", "ok\u2028next\u0085line"];
        foreach (var text in texts)
        {
            var expected = Regex.Matches(text, pattern).Select(m => (m.Index, m.Length));
            var actual = Regex.Matches(text, WhiteSpaceClass.SpelledOut(pattern)).Select(m => (m.Index, m.Length));

            Assert.Equal(expected, actual);
        }
    }
}

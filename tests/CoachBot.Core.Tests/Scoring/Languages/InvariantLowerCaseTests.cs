using CoachBot.Core.Scoring.Languages;

namespace CoachBot.Core.Tests.Scoring.Languages;

public sealed class InvariantLowerCaseTests
{
    [Fact]
    public void EveryCharacter_IsLowerCasedAsAloneByTheInvariantCulture()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var text = ((char)c).ToString();
            Assert.Equal(text.ToLowerInvariant(), InvariantLowerCase.Of(text));
        }
    }

    [Theory]
    [InlineData("Спасибо, ЁЛКА и ӨНӨӨДӨР Ү")]
    [InlineData("I'll CALL İstanbul ΣΟΦΙΑ")]
    [InlineData("Deseret 𐐀𐐁 and a lone \uD801 half")]
    [InlineData("")]
    public void A_Text_IsLowerCasedAsByTheInvariantCulture(string text)
    {
        var into = new char[text.Length];
        InvariantLowerCase.Into(text, into);

        Assert.Equal(text.ToLowerInvariant(), InvariantLowerCase.Of(text));
        Assert.Equal(text.ToLowerInvariant(), new string(into));
    }
}

using CoachBot.Core.Scoring.Signals;

namespace CoachBot.Core.Tests.Scoring;

public sealed class TextWordsTests
{
    [Theory]
    [InlineData("")]
    [InlineData("I'll call you back - today, at 10:30.")]
    [InlineData("-- ' - 'n' rock-n-roll -x x- 5-6 ½ ²")]
    [InlineData("Спасибо, что сразу сообщили! Позвоню в среду.")]
    [InlineData("баярлалаа,маргааш 10цагт залгана... 👍🏽 ok?")]
    [InlineData("e\u0301te\u0301 café naïve 𝔘𝔫𝔦𝔠𝔬𝔡𝔢")]
    public void Count_IsHowManyWordsTheWordPatternFinds(string text)
    {
        Assert.Equal(TextWords.Word().Count(text), TextWords.Count(text));
    }
}

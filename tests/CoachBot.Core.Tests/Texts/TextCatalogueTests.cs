using CoachBot.Core.Content;

namespace CoachBot.Core.Tests.Texts;

public sealed class TextCatalogueTests
{
    private static readonly CoachBot.Core.Texts.TextCatalogues Texts = ContentLoader.Load(Path.Combine(AppContext.BaseDirectory, "prompts")).Texts;

    [Theory]
    [InlineData(1, "1 ответ")]
    [InlineData(2, "2 ответа")]
    [InlineData(4, "4 ответа")]
    [InlineData(5, "5 ответов")]
    [InlineData(11, "11 ответов")]
    [InlineData(12, "12 ответов")]
    [InlineData(21, "21 ответ")]
    [InlineData(22, "22 ответа")]
    [InlineData(111, "111 ответов")]
    [InlineData(0, "0 ответов")]
    public void Count_Russian_PicksOneFewOrMany(int n, string expected) => Assert.Equal(expected, Texts.For("ru").Count("progress.answers", n));

    [Theory]
    [InlineData("en", 1, "1 answer")]
    [InlineData("en", 3, "3 answers")]
    [InlineData("mn", 1, "1 хариулт")]
    [InlineData("mn", 7, "7 хариулт")]
    public void Count_EnglishAndMongolian_PickOneOrOther(string language, int n, string expected) =>
        Assert.Equal(expected, Texts.For(language).Count("progress.answers", n));

    [Theory]
    [InlineData("ru-RU", "ru")]
    [InlineData("mn-MN", "mn")]
    [InlineData("mn_MN", "mn")]
    [InlineData("en-GB", "en")]
    [InlineData("RU", "ru")]
    [InlineData("монгол", "mn")]
    [InlineData("de-DE", null)]
    [InlineData("", null)]
    public void CodeOf_ReadsALocaleOrALanguagesOwnName(string locale, string? expected) => Assert.Equal(expected, Texts.CodeOf(locale));

    [Fact]
    public void Text_FillsPlaceholders_AndLeavesUnknownOnesAsWritten() =>
        Assert.Equal("Я не знаю команды «x».", Texts.For("ru").Text("error.unknown-command", ("command", "x"), ("other", "y")));
}

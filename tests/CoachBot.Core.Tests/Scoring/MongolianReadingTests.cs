using CoachBot.Core.Content;
using CoachBot.Core.Scoring;

namespace CoachBot.Core.Tests.Scoring;

/// <summary>How the Mongolian patterns read a construction, written in words of their own (not the calibration answers they came from).</summary>
public sealed class MongolianReadingTests
{
    private static readonly ContentPack Pack = ContentLoader.Load(Path.Combine(AppContext.BaseDirectory, "prompts"));
    private static readonly Scenario Card = Pack.FindScenario("bank-card-swallowed")!;
    private readonly RubricAnswerScorer _scorer = new(Pack);

    [Theory]
    // "probably even sooner" and "maybe an hour later" said after the time are slack, not a hedge
    [InlineData("Карт гарахгүй бол Лхагва гэхэд шинийг хэвлэнэ, Мягмар оройдоо ч бэлэн болох байх.", "margin", true)]
    [InlineData("Карт гарахгүй бол Лхагва гэхэд шинийг хэвлэнэ, Мягмар оройдоо ч бэлэн болох байх.", "hedge", false)]
    [InlineData("Ганзориг 11 цаг гэхэд АТМ-ыг нээнэ, ачаалал ихтэй бол 12 болж магадгүй.", "margin", true)]
    [InlineData("Ганзориг 11 цаг гэхэд АТМ-ыг нээнэ, ачаалал ихтэй бол 12 болж магадгүй.", "hedge", false)]
    [InlineData("Маргааш ч ирэх байх.", "hedge", true)]
    // a guess at the cause is no hedge on the step
    [InlineData("Картыг АТМ-ын уншигч буруу уншаагүй байж магадгүй, маргааш 10 цагт би шалгана.", "hedge", false)]
    // blame put back on the customer, and refusing to apologise
    [InlineData("Та гэрээн дээр гарын үсэг зурсан, тэнд бүх нөхцөл бичээстэй.", "dismissal", true)]
    [InlineData("Та гэрээнд гарын үсэг зурсан тул бид маргааш ажлаа эхэлнэ.", "dismissal", false)]
    [InlineData("Уучлаарай гэж хэлэхгүй ээ, АТМ зөв ажилласан.", "dismissal", true)]
    [InlineData("Уучлаарай, манай ажилтан андуураад картыг тань буруу хадгалсан байна.", "dismissal", false)]
    [InlineData("Уучлаарай, манай ажилтан андуураад картыг тань буруу хадгалсан байна.", "concern", true)]
    // thanks: chat spelling, and a rhetorical "shall I thank you?"
    [InlineData("Картыг чинь маргааш 10 цагт гаргаж өгнө. бйрлл", "thanks", true)]
    [InlineData("Баярлалаа гэж хэлэх үү дээ.", "thanks", false)]
    // "call before you come" sends nobody away; the customer's own paperwork and a self-service site do
    [InlineData("Ирэхээсээ өмнө залгаарай, картыг тань маргааш 10 цагт гаргаж өгнө.", "deflection", false)]
    [InlineData("Шинэ картын хүсэлтээ кассанд бичгээр өгнө үү.", "deflection", true)]
    [InlineData("Манай сайтаас ойролцоох АТМ-уудыг харж болно.", "deflection", true)]
    // a firm fallback of our own with a time is no guarantee
    [InlineData("Картыг гарахгүй бол Лхагва гарагт заавал шинийг хэвлэж өгнө.", "over-promise", false)]
    [InlineData("Таны карт заавал маргааш гарна.", "over-promise", true)]
    public void AConstruction_IsReadTheWayACoachReadsIt(string answer, string signal, bool read)
    {
        var signals = _scorer.Score(Card, answer).Signals!.Keys;

        Assert.Equal(read, signals.Contains(signal));
    }
}

using BenchmarkDotNet.Attributes;
using CoachBot.Core.Content;
using CoachBot.Core.Scoring;

namespace CoachBot.Benchmarks;

/// <summary>Answers per second of the offline scorer on one core, for a 90-word answer in each language (target ≥ 5,000/s).</summary>
[MemoryDiagnoser]
public class RubricScorerBenchmarks
{
    // About 90 words each, as the target is stated.
    private static readonly Dictionary<string, string> Answers = new()
    {
        ["en"] = "Oh no, your card, with your trip abroad on Thursday: that must be really worrying. Did the machine show any message before it kept it? "
            + "I'll block the card right now so nobody can use it, and I'll order an express replacement today; it normally arrives in two working days, "
            + "so by Wednesday at the latest. If it hasn't reached you by Wednesday noon, I'll have a temporary card ready here. "
            + "Thank you for telling us straight away. I'll call you on Wednesday morning to check, and text you too.",
        ["ru"] = "Представляю, как вы переживаете: банкомат забрал карту, а в четверг у вас поездка за границу. Скажите, банкомат что-нибудь показал на экране, "
            + "прежде чем оставить карту? Я сам заблокирую её прямо сейчас, чтобы никто не смог ею воспользоваться, и сегодня же закажу срочную замену: "
            + "обычно она приходит за два рабочих дня, то есть не позже среды, скорее всего раньше. Если к среде к обеду карта не придёт, я подготовлю вам "
            + "временную карту здесь, в отделении. Спасибо, что сразу сообщили. В среду утром я позвоню вам и уточню, всё ли в порядке, и буду рад вашему отзыву.",
        ["mn"] = "Пүрэв гаригт гадаад руу явах гэж байхад АТМ карт тань гацсан нь үнэхээр санаа зовмоор юм. Карт гацахаас өмнө дэлгэц дээр ямар нэг мэдэгдэл гарсан уу? "
            + "Би өөрөө картыг яг одоо хааж, хэн ч ашиглаж чадахгүй болгоё, өнөөдөр яаралтай шинэ карт захиалъя: ихэвчлэн хоёр ажлын өдөрт ирдэг тул хамгийн оройтохдоо "
            + "лхагва гаригт, магадгүй түүнээс ч эрт гарна. Хэрэв лхагва гаригийн үд гэхэд ирээгүй бол энд түр карт бэлдэж өгье. Шууд хэлсэнд баярлалаа. "
            + "Лхагва гаригийн өглөө би танд залгаж карт ирсэн эсэхийг асууя, санал хүсэлтээ хэлээрэй.",
    };

    private RubricAnswerScorer _scorer = null!;
    private Scenario _scenario = null!;

    [Params("en", "ru", "mn")]
    public string Language { get; set; } = "en";

    [GlobalSetup]
    public void Setup()
    {
        var pack = ContentLoader.Load(Path.Combine(AppContext.BaseDirectory, "prompts"));
        _scorer = new RubricAnswerScorer(pack);
        _scenario = pack.FindScenario("bank-card-swallowed")!;

        // A pattern used often is compiled on a background thread (TieredRegex): measured as in a host that has run a while.
        for (var round = 0; round < 3; round++)
        {
            for (var i = 0; i < 500; i++)
            {
                _scorer.Score(_scenario, Answers[Language]);
            }

            Thread.Sleep(TimeSpan.FromSeconds(2));
        }
    }

    [Benchmark]
    public AnswerAssessment ScoreNinetyWordAnswer() => _scorer.Score(_scenario, Answers[Language]);
}

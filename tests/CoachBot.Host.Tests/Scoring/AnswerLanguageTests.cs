using CoachBot.Host.Tests.Support;

namespace CoachBot.Host.Tests.Scoring;

/// <summary>Answers in English, Russian and Mongolian are scored as what they say; other languages get a clear reply and nothing is stored.</summary>
public sealed class AnswerLanguageTests
{
    private readonly string _data = CoachBotFactory.NewDataDirectory();

    [Theory]
    [InlineData("en", "Oh no, your card with your trip on Thursday, that's so worrying. Did the machine show any message? I'll block it right now and have a new card with you by Wednesday at the latest, probably sooner; if it's late, I'll have a temporary card ready here. Thank you for telling us straight away. I'll call you on Wednesday to check it arrived, and do tell me how we did.")]
    [InlineData("ru", "Представляю, как вы переживаете: карта застряла, а в четверг поездка. Скажите, банкомат что-нибудь показал на экране? Я сам заблокирую карту прямо сейчас и закажу новую: она будет у вас не позже среды, скорее всего раньше. Если не успеет, я выдам вам временную карту здесь, в отделении. Спасибо, что сразу сообщили. В среду я позвоню вам и уточню, всё ли пришло, и буду рад вашему отзыву.")]
    [InlineData("mn", "Пүрэв гаригт аялалтай байхад карт тань гацсан нь үнэхээр санаа зовмоор юм. АТМ дэлгэц дээр ямар нэг зүйл харуулсан уу? Би өөрөө картыг яг одоо хаая, шинэ картыг хамгийн оройтохдоо лхагва гаригт гаргаж өгнө, магадгүй түүнээс ч эрт. Хэрэв амжихгүй бол энд түр карт бэлдэж өгье. Шууд хэлсэнд баярлалаа. Лхагва гаригт би танд залгаж карт ирсэн эсэхийг асууя, санал хүсэлтээ хэлээрэй.")]
    [InlineData("mn typed in Latin letters", "Purev garigt ayaltai baihad kart tani gatssan ni unheer sanaa zovmoor yum. ATM delgets deer yamar neg zuil haruulsan uu? Bi ooroo kartiig yag odoo haaya, shine kartiig hamgiin oroitohdoo lhagva garigt gargaj ogno, magadgui tuunees ch ert. Herev amjihgui bol end tur kart beldej ogye. Shuud helsend bayarlalaa. Lhagva garigt bi tand zalgaj kart irsen esehiig asuuya, sanal huseltee heleerei.")]
    [InlineData("ru typed in Latin letters", "Predstavlyayu, kak vy perezhivaete: karta zastryala, a v chetverg poezdka. Skazhite, bankomat chto-nibud' pokazal na ekrane? Ya sam zablokiruyu kartu pryamo seychas i zakazhu novuyu: ona budet u vas ne pozzhe sredy, skoree vsego ran'she. Esli ne uspeet, ya vydam vam vremennuyu kartu zdes', v otdelenii. Spasibo, chto srazu soobshchili. V sredu ya pozvonyu vam i utochnyu, vsyo li prishlo, i budu rad vashemu otzyvu.")]
    public async Task AStrongAnswer_IsScoredAsStrong_InItsLanguage(string language, string answer)
    {
        using var factory = new CoachBotFactory(_data);
        var client = factory.CreateClient();
        await client.SendAsync(Activities.Message("practice bank"));

        var replies = await client.SendAsync(Activities.Message(answer));

        var scores = replies[0]!["value"]!["scores"]!.AsObject();
        Assert.All(scores, s => Assert.True(s.Value!.GetValue<int>() >= 2, $"{language} {s.Key}: {s.Value}"));
        Assert.Equal(answer, factory.Strings("SELECT Answer FROM attempts").Single());
    }

    [Fact]
    public async Task AWeakRussianAnswer_FromSomeoneWhoseChatIsInEnglish_GetsItsTipsInRussian()
    {
        using var factory = new CoachBotFactory(_data);
        var client = factory.CreateClient();
        await client.SendAsync(Activities.Message("practice bank"));

        var replies = await client.SendAsync(Activities.Message("Карта застряла? Ну, бывает. Обратитесь на горячую линию, там помогут."));

        var tips = Activities.TextOf(replies[0]).Split('\n').Where(l => l.TrimStart().StartsWith("Tip: ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(tips);
        Assert.All(tips, tip => Assert.Matches(@"^\s*Tip: \P{IsBasicLatin}*\p{IsCyrillic}", tip));
    }

    [Fact]
    public async Task AWeakMongolianAnswerTypedInLatinLetters_GetsItsTipsInMongolian_AndIsStoredAsTyped()
    {
        using var factory = new CoachBotFactory(_data);
        var client = factory.CreateClient();
        await client.SendAsync(Activities.Message("practice bank"));
        const string answer = "za tegvel hotline ruu zalgaarai tend tuslana";

        var replies = await client.SendAsync(Activities.Message(answer));

        var tips = Activities.TextOf(replies[0]).Split('\n').Where(l => l.TrimStart().StartsWith("Tip: ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(tips);
        Assert.All(tips, tip => Assert.Matches(@"^\s*Tip: \P{IsBasicLatin}*\p{IsCyrillic}", tip));
        Assert.Equal(0, replies[0]!["value"]!["scores"]!["own-the-need"]!.GetValue<int>());
        Assert.Equal(answer, factory.Strings("SELECT Answer FROM attempts").Single());
    }

    [Theory]
    [InlineData("Je suis vraiment désolé, je vais bloquer votre carte tout de suite et vous rappeler demain matin.")]
    [InlineData("Кешіріңіз, картаңызды қазір бұғаттаймын және ертең сізге хабарласамын.")]
    [InlineData("Das ist nicht gut, wir rufen morgen an.")]
    [InlineData("Het spijt me van uw pas. We sturen u voor vrijdag een nieuwe pas en ik bel u morgen.")]
    [InlineData("Przepraszam za kartę. Wyślemy nową kartę do piątku i zadzwonię jutro.")]
    [InlineData("Förlåt för kortet. Vi skickar ett nytt kort till fredag och jag ringer dig i morgon.")]
    [InlineData("Съжаляваме за картата. Ще ви изпратим нова карта до петък и утре ще ви се обадим.")]
    [InlineData("Жао нам је због картице. Послаћемо вам нову картицу до петка и зваћемо вас сутра.")]
    public async Task AnAnswerInAnotherLanguage_GetsAClearReply_AndNoScoresAreStored(string answer)
    {
        using var factory = new CoachBotFactory(_data);
        var client = factory.CreateClient();
        await client.SendAsync(Activities.Message("practice bank"));

        var replies = await client.SendAsync(Activities.Message(answer));

        var text = Activities.TextOf(replies[0]);
        Assert.Contains("English, Russian and Mongolian", text);
        Assert.Contains("английском, русском и монгольском", text);
        Assert.Null(replies[0]!["value"]);
        Assert.Equal(0, factory.Count("SELECT COUNT(*) FROM attempts"));
        Assert.Equal(0, factory.Count("SELECT COUNT(*) FROM attempt_scores"));
    }

    [Fact]
    public async Task AnAnswerInAnotherLanguage_IsExplainedInThePersonsOwnLanguageFirst()
    {
        using var factory = new CoachBotFactory(_data);
        var client = factory.CreateClient();
        await client.SendAsync(Activities.Message("language ru"));
        await client.SendAsync(Activities.Message("practice bank"));

        var replies = await client.SendAsync(Activities.Message("Es tut mir sehr leid, ich sperre Ihre Karte sofort und rufe Sie morgen an."));

        var text = Activities.TextOf(replies[0]);
        Assert.StartsWith("Я читаю ответы на английском, русском и монгольском", text);
        Assert.Contains("English, Russian and Mongolian", text);
    }
}

using CoachBot.Core.Content;
using CoachBot.Core.Scoring;

namespace CoachBot.Core.Tests.Scoring;

/// <summary>
/// How each language's patterns read a construction, in wordings of our own (not the calibration answers they came
/// from): each line is one general reason a coach reads a sentence the way they do.
/// </summary>
public sealed class LanguageReadingsTests
{
    private static readonly ContentPack Pack = ContentLoader.Load(Path.Combine(AppContext.BaseDirectory, "prompts"));
    private static readonly Scenario Card = Pack.FindScenario("bank-card-swallowed")!;
    private readonly RubricAnswerScorer _scorer = new(Pack);

    [Theory]
    // English
    // staff coming back is not inviting the customer back
    [InlineData("Priya, our engineer, will come back on Monday to finish the boiler.", "touchpoint", false)]
    [InlineData("You can always come back and see us if it rubs again.", "touchpoint", true)]
    // the check-back and one more thing offered in the same sentence; a second call to us is not it
    [InlineData("I'll phone you on Thursday to check the gate swings freely, and the first oiling next spring is on us.", "touchpoint", true)]
    [InlineData("I'll phone you on Thursday to check the gate swings freely, and I'll ring the welder too.", "touchpoint", false)]
    // a margin given as time kept free
    [InlineData("He aims for about ten, but keep the morning free till twelve.", "margin", true)]
    // not a concrete time: "sometime this week", opening hours, an obstacle's time, check-in times
    [InlineData("I will get someone out sometime next week.", "timed-step", false)]
    [InlineData("Parcels can be picked up Monday to Saturday, 8 till 6.", "timed-step", false)]
    [InlineData("The blue dress is booked out until Saturday, but we could do the red one.", "timed-step", false)]
    [InlineData("I'll keep it for you until Friday.", "timed-step", true)]
    [InlineData("Check-in is from 3pm, so please wait in the lounge.", "timed-step", false)]
    [InlineData("When will you be home tomorrow?", "timed-step", false)]
    // a stated turnaround, a free slot with its time
    [InlineData("A new panel is 3-4 working days from the supplier.", "timed-step", true)]
    [InlineData("Our other stylist has a slot on Tuesday at 11.", "timed-step", true)]
    // deflection
    [InlineData("You would need a plumber from another company for that.", "deflection", true)]
    [InlineData("Sorry, you'll just have to wait for the office to ring.", "deflection", true)]
    [InlineData("Refunds can only be authorised by your local branch.", "deflection", true)]
    // a judgement of likelihood is no promise
    [InlineData("The noise is almost certainly the fan belt, not the new part we fitted.", "over-promise", false)]
    // owning our failure is not blaming the customer
    [InlineData("I can't pretend it went well, because clearly it didn't.", "dismissal", false)]
    [InlineData("I'm sorry you didn't get the letter — you should have been told on the day.", "dismissal", false)]
    [InlineData("You should have checked the size before you left.", "dismissal", true)]
    [InlineData("Oh yes, because we check every locker the minute it's empty.", "dismissal", true)]
    [InlineData("I'm not sending an engineer out for a card you put in upside down.", "dismissal", true)]
    [InlineData("I won't send you away empty-handed before your trip.", "dismissal", false)]
    // a way through, or not
    [InlineData("Bring it in some day and we'll take a look at it.", "way-through", false)]
    [InlineData("Your boiler will get a full service on Thursday.", "way-through", true)]
    [InlineData("He can have one of my own Monday slots.", "way-through", true)]
    [InlineData("Nothing more I can do from the helpline.", "way-through", false)]
    [InlineData("Tom, our plumber, will fix the valve and I'll check it's done.", "named-handoff", true)]
    // stock closings and openings, stock empathy
    [InlineData("Is there anything else we can do for you?", "closing", true)]
    [InlineData("I apologise for any inconvenience this has caused.", "empathy", false)]
    [InlineData("Dear Mr Jones, thank you for contacting Acme Boilers about your heating.", "stock-opening", true)]
    [InlineData("What a nasty shock to get on your wedding morning.", "empathy", true)]
    // questions that are not root questions
    [InlineData("Shall I email the shop so they expect you?", "root-question", false)]
    [InlineData("Could you pop the bike round tomorrow morning?", "root-question", false)]
    [InlineData("Would you like to be put on the waiting list?", "root-question", false)]
    [InlineData("What I won't do is cancel on you again.", "root-question", false)]
    // extras, slips and fallbacks
    [InlineData("We'll replace the glass at our own expense.", "extra", true)]
    [InlineData("The missed sessions will be knocked off your next bill.", "extra", true)]
    [InlineData("You should have been told on the day, and that's on us.", "extra", false)]
    [InlineData("If Monday looks tight, I'll have the cake made at our other bakery.", "alternative", true)]
    [InlineData("If Mr Hall is ever off, I'll cover the class myself.", "if-slips", true)]
    // chat "ill" as the adjective, and what the employee takes on
    [InlineData("she has been ill on and off this month", "personal-action", false)]
    [InlineData("ill sort it myself tomorrow", "personal-action", true)]
    [InlineData("I'm not going to leave your son short before his exam.", "personal-action", true)]
    [InlineData("Your complaint will be handled in accordance with our procedure.", "vague", true)]
    [InlineData("I'll have a word with the supervisor about a credit and see what can be done.", "personal-action", false)]
    [InlineData("I'll have a word with the supervisor about a credit and see what can be done.", "vague", true)]
    [InlineData("Oh, marvellous, another customer who knows best.", "dismissal", true)]
    [InlineData("Send me the photos and I'll get someone to look at it.", "personal-action", false)]
    [InlineData("Send me the photos and I'll get someone to look at it.", "cold-handoff", true)]
    [InlineData("its still with the supplier, might be back next week.", "hedge", true)]
    [InlineData("best to email them at the shop with a photo", "deflection", true)]
    [InlineData("Refunds may take three to five working days to appear.", "timed-step", false)]
    [InlineData("Sorry, repairs can take up to ten days to come back from the lab.", "touchpoint", false)]
    // Mongolian
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
    // "must have been / you can't … calmly": a feeling guessed with "байх", and an intensifier before it; a fact guessed so is none
    [InlineData("Пүрэв гарагт гадаад явах гэж байтал карт гацсан гэхээр өглөө чинь ёстой сүйрсэн байх.", "empathy", true)]
    [InlineData("Ийм үед та шөнө ч тайван унтаж чадахгүй байгаа байх.", "empathy", true)]
    [InlineData("Системд ямар нэг алдаа гарсан байх.", "empathy", false)]
    // thanks: chat spelling, and a rhetorical "shall I thank you?"
    [InlineData("Өнөөдөр хорь дахь удаагаа асууж байгаад чинь баярлалаа.", "thanks", false)]
    [InlineData("Картыг чинь маргааш 10 цагт гаргаж өгнө. бйрлл", "thanks", true)]
    [InlineData("Баярлалаа гэж хэлэх үү дээ.", "thanks", false)]
    // "call before you come" sends nobody away; the customer's own paperwork and a self-service site do
    [InlineData("Ирэхээсээ өмнө залгаарай, картыг тань маргааш 10 цагт гаргаж өгнө.", "deflection", false)]
    [InlineData("Шинэ картын хүсэлтээ кассанд бичгээр өгнө үү.", "deflection", true)]
    [InlineData("Манай сайтаас ойролцоох АТМ-уудыг харж болно.", "deflection", true)]
    // a firm fallback of our own with a time is no guarantee
    [InlineData("Картыг гарахгүй бол Лхагва гарагт заавал шинийг хэвлэж өгнө.", "over-promise", false)]
    [InlineData("Таны карт заавал маргааш гарна.", "over-promise", true)]
    // Russian
    // thanks with the jab in its tail is no thanks
    [InlineData("Спасибо, что сообщили за час до поездки, очень вовремя.", "thanks", false)]
    // Russian typed in Latin letters without the soft sign still reads: "uznat" is "узнать", "zhal" is "жаль"
    [InlineData("V sredu pozvonyu uznat, prishla li karta.", "check-back", true)]
    [InlineData("Mne tak zhal, chto bankomat zabral kartu pered poezdkoi.", "empathy", true)]
    // feeling guessed or shared, said the Russian way round
    [InlineData("Карта застряла за день до поездки — измучились вы.", "empathy", true)]
    [InlineData("Тут кто угодно разнервничается, вы, наверное, уже без сил.", "empathy", true)]
    [InlineData("Вы, наверное, уже получили наше письмо.", "empathy", false)]
    // refusing to give the usual brush-off, and the complaint checked and found true, hear the concern; a false "sorry" does not
    [InlineData("Не буду говорить вам «подождите недельку» — в четверг вы уже за границей.", "concern", true)]
    [InlineData("Да, вижу: карта заблокирована банкоматом в 9:14, а не вами.", "concern", true)]
    [InlineData("Не буду делать вид, что мне жаль: вы сами три раза ввели неверный ПИН.", "concern", false)]
    // sending the customer to a form is deflection; refusing to is not
    [InlineData("Никакой заявки на сайте не надо: я сама сейчас закажу вам новую карту.", "deflection", false)]
    [InlineData("Гонять вас по отделам и в приложение я не стану, карту закажу сама прямо сейчас.", "deflection", false)]
    [InlineData("Оставьте, пожалуйста, заявку на нашем сайте, с вами свяжутся.", "deflection", true)]
    [InlineData("Заполните, будьте добры, анкету на официальном сайте.", "deflection", true)]
    // Russian drops the "я": a past act at a sentence's start is done for them; a bare "Записала." (noted) is not
    [InlineData("Оформила перевыпуск карты только что, она будет в отделении в четверг.", "done-for-them", true)]
    [InlineData("Ясно, неприятно. Записала. Отмечу это в вашей карточке.", "done-for-them", false)]
    // the case taken over from an absent colleague
    [InlineData("Артём на больничном, ваш заказ я забрала себе, меня Катя зовут.", "personal-action", true)]
    // a dash fallback timed after the dash
    [InlineData("Не придёт карта к среде — в тот же день выдам вам наличные по паспорту.", "if-slips", true)]
    // asking the customer how it went is no vague "I'll ask"
    [InlineData("Когда получите карту, я сам спрошу, как прошло.", "vague", false)]
    [InlineData("Я спрошу и как-нибудь вам сообщу.", "vague", true)]
    // a firm time, then the earlier one it may well be, is a margin, not a hedge
    [InlineData("I'll have the card back to you by 1pm, maybe 12:40.", "margin", true)]
    [InlineData("I'll have the card back to you by 1pm, maybe 12:40.", "hedge", false)]
    [InlineData("Картыг тань 13 цаг гэхэд, магадгүй 12:40-д гаргаж өгнө.", "margin", true)]
    [InlineData("Картыг тань 13 цаг гэхэд, магадгүй 12:40-д гаргаж өгнө.", "hedge", false)]
    [InlineData("Картыг тань магадгүй маргааш гаргаж өгнө.", "hedge", true)]
    // a later call asking where things stand closes the loop
    [InlineData("Өнөөдөр 17 цагт залгаж карт тань хаана явааг асууя.", "check-back", true)]
    // the customer sent to deal with someone else themselves, "personally" or not
    [InlineData("I'll personally share their email ID with you, kindly write to them directly with your card number.", "deflection", true)]
    [InlineData("I'll personally share their email ID with you, kindly write to them directly with your card number.", "personal-action", false)]
    [InlineData("Honestly, it's best you talk to your own bank about the card.", "deflection", true)]
    [InlineData("I'll personally recommend the cash machine at the Co-op across the road.", "deflection", true)]
    [InlineData("If the card isn't there by Friday, ring me directly.", "deflection", false)]
    // what the contract owes the customer is an extra, not a rule hidden behind
    [InlineData("За каждый день просрочки по договору положена неустойка, я её посчитаю и вычту из остатка.", "extra", true)]
    [InlineData("За каждый день просрочки по договору положена неустойка, я её посчитаю и вычту из остатка.", "policy", false)]
    [InlineData("За каждый день просрочки по договору положена неустойка, я её посчитаю и вычту из остатка.", "personal-action", true)]
    [InlineData("По договору возврат не предусмотрен.", "policy", true)]
    // the error found and said plainly is the concern heard; a guessed "some error" is not
    [InlineData("Уучлаарай, картын систем дээр алдаа гарсан байна.", "concern", true)]
    [InlineData("Уучлаарай, ямар нэг алдаа гарсан байх.", "concern", false)]
    // "I'll personally pass you their number / advise you" is no ownership; an application sent to another office is deflection
    [InlineData("Би хувьдаа салбарын даргын утасны дугаарыг танд дамжуулъя, та шууд холбогдоорой.", "personal-action", false)]
    [InlineData("Би хувьдаа танд хамгийн хурдан арга зөвлөе: апп руу ороод хүсэлт илгээгээрэй.", "personal-action", false)]
    [InlineData("Баг даргаасаа тодорхойлолт аваад аймгийн татварын газарт өргөдөл өг.", "deflection", true)]
    [InlineData("Надад өргөдөл өг, би өөрөө дамжуулна.", "deflection", false)]
    // chat drops the "we", and a wait with its ceiling is a measurable step
    [InlineData("can squeeze u in fri arvo at 2, new card usually takes 24hrs", "timed-step", true)]
    [InlineData("new cards r quickest, 5-10 mins tops", "timed-step", true)]
    // a warranty is a term of sale, not a guarantee of the outcome
    [InlineData("Тийм, 3 сарын баталгаатай. Өнөөдөр орой 6 гэхэд бэлэн болно.", "over-promise", false)]
    [InlineData("Маргааш заавал бэлэн болно, баталгаатай.", "over-promise", true)]
    // a processing time that starts only when the customer files the paper themselves
    [InlineData("Деньги вернём в течение 10 рабочих дней после вашего письменного заявления.", "deflection", true)]
    [InlineData("Деньги вернём в течение 10 рабочих дней, заявление я оформлю сама.", "deflection", false)]
    // a colleague takes it on while the employee stays on it
    [InlineData("Этим займётся Марина, а я проконтролирую.", "named-handoff", true)]
    [InlineData("Карту вам выдаст старший кассир Ольга Петровна, а я подойду к концу.", "named-handoff", true)]
    [InlineData("Этим займётся Марина.", "named-handoff", false)]
    // a slot offered as a question asks nothing about their concern; "probably" after the day is still a guess
    [InlineData("sorry, machine's empty. can pencil u in sat 11th prob?", "root-question", false)]
    [InlineData("sorry, machine's empty. can pencil u in sat 11th prob?", "hedge", true)]
    [InlineData("I'll ring you Friday, probably sooner.", "hedge", false)]
    // "maybe sooner" is a margin; a step done in front of the customer is theirs; a price quoted from the site sends nobody there
    [InlineData("Я перезвоню минут через двадцать, может, быстрее.", "margin", true)]
    [InlineData("Я перезвоню минут через двадцать, может, вам удобнее вечером?", "margin", false)]
    [InlineData("Привозите, при вас перекалибрую весы.", "personal-action", true)]
    [InlineData("Подъезжайте, перевешу при вас, это минут десять.", "timed-step", true)]
    [InlineData("Подходите утром, врач будет на обходе.", "timed-step", false)]
    [InlineData("Цена на сайте старая, по новой выходит 17 за килограмм.", "deflection", false)]
    [InlineData("Заявку оформите на сайте.", "deflection", true)]
    // English: a month is a time; a check folded into the call-back; a thing done already; posting it on the site is not sending them there
    [InlineData("We'll email every family with a new date by the end of May.", "timed-step", true)]
    [InlineData("Our fitter, Sam, can call out to you on Friday morning between 9 and 12.", "timed-step", true)]
    [InlineData("I'll ring Saturday to book a fitting and check you're both happy.", "check-back", true)]
    [InlineData("I've slotted him into the under-12s at 11:20.", "done-for-them", true)]
    [InlineData("The new timetable will be on the website by 6 tonight.", "deflection", false)]
    [InlineData("You can see the new timetable on the website.", "deflection", true)]
    [InlineData("I'll get a message to whichever nurse is on today.", "cold-handoff", true)]
    // Mongolian: "if you insist" is the customer's condition, not a guarantee; not relying on the failing path
    // is the alternative; the employee's own number sends nobody elsewhere
    [InlineData("Заавал солиулна гэвэл 50 мянга, гурван хоног болно.", "over-promise", false)]
    [InlineData("Маргааш заавал бэлэн болно.", "over-promise", true)]
    [InlineData("Шугамд найдахгүйгээр манай нөөц модемыг одоо танд өгье.", "alternative", true)]
    [InlineData("Дахиад гацвал энэ дугаар луу залгаарай, би өөрөө шийднэ.", "deflection", false)]
    [InlineData("Дахиад гацвал банк руу залгаарай.", "deflection", true)]
    // Russian: how many causes there can be is no hedge on the promise; "такое бывает:" followed by how it happened is no brush-off
    [InlineData("Причин, почему свет мигает, может быть пять, поэтому приезжайте к 14:00, я сам посмотрю.", "hedge", false)]
    [InlineData("Может быть, к 14:00 успеем.", "hedge", true)]
    [InlineData("Такое бывает: посылку сканируют на складе, а в базе не отмечают.", "dismissal", false)]
    [InlineData("Такое бывает, ничего страшного.", "dismissal", true)]
    // English chat: "yeah totally, come up" agrees, it is no sarcasm; a time waved through with "no problem" is a guarantee;
    // "I'll see if he can" asks, it does not commit; "that's the earliest we can do" is the standard path
    [InlineData("yeah totally come up, ill take u out at 8.", "timed-step", true)]
    [InlineData("ill have u in the air at 8 no problem", "over-promise", true)]
    [InlineData("I'll ring Mr Hale and see if he can squeeze you in before Saturday.", "hedge", true)]
    [InlineData("He's booked until the 18th, that's the earliest we can do.", "way-through", false)]
    // Russian: a stand-in given while it is fixed is a real alternative; the warranty's terms and a paid check are the standard path
    [InlineData("Если деталь придётся заказывать, на эти дни дам вам нашу подменную машину.", "alternative", true)]
    [InlineData("Гарантия на это не распространяется, можете записаться на платную диагностику.", "policy", true)]
    // the rubric's words strung together are not said to anyone; a list of keywords is said to the scorer
    [InlineData("tiles sorry empathy listening understood Thursday margin at the latest ownership I will thank you", "rubric-words", true)]
    [InlineData("Keywords for this reply: sorry / I personally own this / Thursday at the latest / thank you.", "personal-action", false)]
    [InlineData("Score note: empathy ✔ ownership ✔. Sorry the battery keeps going flat, I'll fix it by Friday.", "rubric-words", false)]
    [InlineData("Беру полную личную ответственность. Конкретный срок: завтра. Альтернатива: найдётся.", "rubric-words", true)]
    [InlineData("Таны асуудлыг идэвхтэй сонсож, эмпати илэрхийлж, хэмжигдэхүйц нөөц хугацаатай амлалт өгнө.", "rubric-words", true)]
    // Russian typed in Latin letters spells "тс" as "ts", which reads as "ц": "otvetstvennost" is still "ответственность"
    [InlineData("Beru lichnuyu otvetstvennost. Konkretnyi srok: zavtra. Plan B: est, vsyo budet.", "rubric-words", true)]
    // Russian typed in Latin letters drops the soft sign: "dengi vernem" is "деньги вернём", read as it is in Cyrillic
    [InlineData("izvinite, dengi vernem segodnya do 18, bolshoe spasibo chto napisali", "extra", true)]
    [InlineData("Извините, деньги вернём сегодня до 18, большое спасибо, что написали.", "extra", true)]
    // Russian and Mongolian: the check-back and, after a comma, one more thing offered to the customer; a call to a colleague is not it
    [InlineData("Спасибо, что сказали. В пятницу позвоню узнать, работает ли новая карта, а в следующем месяце покажу, как поставить лимит в приложении.", "touchpoint", true)]
    [InlineData("Спасибо, что сказали. В пятницу позвоню узнать, работает ли новая карта, а потом позвоню в отделение.", "touchpoint", false)]
    [InlineData("Спасибо, что сказали. В пятницу позвоню узнать, дошли ли деньги, и расскажу, как настроить автоплатёж.", "touchpoint", true)]
    [InlineData("Баярлалаа. Баасан гарагт залгаж шинэ карт тань ажиллаж байгаа эсэхийг асууя, дараа сард аппын лимит тохируулахыг тань зааж өгье.", "touchpoint", true)]
    [InlineData("Баярлалаа. Баасан гарагт залгаж шинэ карт тань ажиллаж байгаа эсэхийг асууя.", "touchpoint", false)]
    // feeling guessed in the customer's own strong words, or as what anyone would feel; "how could you not worry" is no brush-off
    [InlineData("You must be fuming, with the trip on Thursday.", "empathy", true)]
    [InlineData("Карта застряла перед самой поездкой — у любого нервы бы не выдержали.", "empathy", true)]
    [InlineData("Аялалын өмнө карт гацсан нь хэнд ч уур хүргэнэ.", "empathy", true)]
    [InlineData("Карт гацчихаад ямар их сандарсан байх вэ.", "root-question", false)]
    [InlineData("Аялалын өмнөхөн карт гацвал санаа зовохоос яахав.", "dismissal", false)]
    [InlineData("Аялалын өмнөхөн карт гацвал санаа зовохоос яахав.", "empathy", true)]
    [InlineData("Аялалын өмнөхөн карт гацсан чинь ёстой айхавтар юм.", "empathy", true)]
    [InlineData("Уучлаарай, таныг их бухимдуулчихлаа.", "empathy", true)]
    [InlineData("Ямар их сандарч байгааг тань бодож байна.", "empathy", true)]
    // what cannot be promised, said with its reason or before a firm step, is no hedge; "I'll try, but no promises" still is
    [InlineData("Новую карту к среде не обещаю: её печатают в Москве. Временную я выдам сегодня до 17:00.", "hedge", false)]
    [InlineData("Сделаю карту к среде, но не обещаю.", "hedge", true)]
    [InlineData("Я вам ничего не обещаю.", "hedge", true)]
    // Russian: a plan for a named thing failing ("если «Урал» не пустят") or for a complication; the other way after what cannot be done
    [InlineData("Если «Мир» не примет карту, я выдам вам наличные в кассе.", "if-slips", true)]
    [InlineData("Если карту придётся перевыпускать — временную выдам вам сегодня же.", "if-slips", true)]
    [InlineData("Сегодня карту вернуть не могу. Но временную карту я выдам вам до 17:00.", "alternative", true)]
    [InlineData("Сегодня карту вернуть не могу. Но ничего страшного, подождёте до пятницы.", "alternative", false)]
    [InlineData("Картыг өнөөдөр буцааж өгч чадахгүй. Гэхдээ түр картыг би 17 цагаас өмнө гаргаж өгнө.", "alternative", true)]
    // "personally" round a note or a wish is no personal act, but a real act in the same sentence still is
    [InlineData("I'll personally make sure you're taken care of.", "personal-action", false)]
    [InlineData("I'll personally make sure you're looked after: I'll drive the new card to your house by 3.", "personal-action", true)]
    [InlineData("Я лично рекомендую оформить перевыпуск через приложение.", "personal-action", false)]
    [InlineData("Я лично прослежу, чтобы бухгалтерия её увидела, и сам привезу вам деньги к трём.", "personal-action", true)]
    [InlineData("Би танд хувьдаа туслахыг үнэхээр хүсч байна.", "personal-action", false)]
    [InlineData("Би танд хувьдаа туслахыг хүсч байна, одоо картыг тань өөрөө авчирч өгье.", "personal-action", true)]
    // not dwelling on apologies to get on with the problem is no brush-off
    [InlineData("Долго извиняться не стану, сейчас важнее ваша поездка.", "dismissal", false)]
    [InlineData("Извиняться не стану, в договоре всё написано.", "dismissal", true)]
    // English: a plan for the day being called off, and slack said as the worst case
    [InlineData("If Thursday's flight gets cancelled, I'll courier the card to your hotel.", "if-slips", true)]
    [InlineData("The new card will be here in two days, three at the very worst.", "margin", true)]
    // stop 40: thanks for a telling-off is sarcasm, in every language
    [InlineData("Thanks ever so much for shouting at my colleague.", "thanks", false)]
    [InlineData("Thanks ever so much for waiting while I checked.", "thanks", true)]
    [InlineData("Спасибо, что накричали на нашего мастера.", "thanks", false)]
    [InlineData("Спасибо за терпение, ага.", "thanks", false)]
    [InlineData("Спасибо за терпение, сейчас всё исправим.", "thanks", true)]
    [InlineData("Ингэж загнасанд их баярлалаа.", "thanks", false)]
    [InlineData("Ингэж хүлээсэнд их баярлалаа.", "thanks", true)]
    // where the booking got stuck is not where the customer is sent; what I can't do, then what I've done instead
    [InlineData("Your booking got stuck in the website's queue, and I've moved you onto the 2pm.", "deflection", false)]
    [InlineData("You can rebook in the website for a later date.", "deflection", true)]
    [InlineData("I can't do refunds myself, but I've messaged Dana, my manager.", "deflection", false)]
    [InlineData("I can't do refunds myself, you'll have to call head office.", "deflection", true)]
    [InlineData("i cant do refunds myself but ive messaged dana my manager", "deflection", false)]
    // "if it still hasn't come, you'll need to call the helpline" is no fallback of ours
    [InlineData("If it still hasn't arrived by Wednesday, you'll need to call our helpline.", "alternative", false)]
    [InlineData("If it still hasn't arrived by Wednesday, I'll send a new card by courier.", "alternative", true)]
    // asking for the confirmation email is administrative
    [InlineData("Could you forward me the confirmation email?", "root-question", false)]
    [InlineData("can u fwd me the confirmation email?", "root-question", false)]
    [InlineData("Was it the cash or the card itself you needed most today?", "root-question", true)]
    // «вопросов нет?» asked is no brush-off; «напишу вам на почту» is our message, not an address handed over
    [InlineData("Уточню: у мастера по остальным окнам вопросов нет?", "dismissal", false)]
    [InlineData("К нам вопросов нет, окна ставили по замерам.", "dismissal", true)]
    [InlineData("В пятницу проверю, дошёл ли платёж, и напишу вам на почту.", "deflection", false)]
    [InlineData("Я вам дам почту отдела претензий.", "deflection", true)]
    // Mongolian: "… гэдэг чинь толгой эргэм юм", "бухимдсан нь зөв" feel for them; warranty work is no guarantee
    [InlineData("Хоёр удаа ирээд ч засуулж чадаагүй гэдэг чинь толгой эргэм юм.", "empathy", true)]
    [InlineData("Таныг бухимдсан нь зөв.", "empathy", true)]
    [InlineData("Баталгаатай ажил, нэг ч төгрөг авахгүй.", "over-promise", false)]
    [InlineData("Маргааш заавал засагдана, баталгаатай.", "over-promise", true)]
    // asking how it went at a later moment in person is a check-back; telling whether it arrived is an update
    [InlineData("Оройн хүлээлгэн өгөх үеэр машин ямар болсныг асууя.", "check-back", true)]
    [InlineData("Би эмнэлэг рүү залгаад 12 цагт ирсэн эсэхийг хэлнэ.", "check-back", false)]
    // Mongolian typed in Latin letters with ө as u ("tand ugnu", "uuruu"); a tracking number sent is our update, another's number a deflection
    [InlineData("margaash 12 tsagt beldeed tand ugnu.", "timed-step", true)]
    [InlineData("Маргааш шуудангаар явуулна, трак дугаарыг энд илгээнэ.", "deflection", false)]
    [InlineData("Хүргэлтийн албаны утасны дугаарыг явуулъя, тэдэнтэй ярилцаарай.", "deflection", true)]
    // «лично» round a wish that the customer is not left alone, or round "taking it under control", is no act of its own
    [InlineData("Я лично прослежу, чтобы вы не остались без помощи!", "personal-action", false)]
    [InlineData("Я лично беру ситуацию под контроль.", "personal-action", false)]
    [InlineData("Я лично беру ситуацию под контроль и сама привезу вам карту к шести.", "personal-action", true)]
    // the shop's sign-off wherever it stands: "Манай дэлгүүрээс худалдан авалт хийсэнд баярлалаа!"
    [InlineData("Гутал тань маргааш очно. Манай дэлгүүрээс худалдан авалт хийсэнд баярлалаа!", "stock-opening", true)]
    // a receipt the customer has is not "it's written on the receipt", and asking what the receipt says is no lecture
    [InlineData("Баримт байгаа юм бол асуудалгүй ээ, гараар нь оруулчихъя.", "dismissal", false)]
    [InlineData("Засварын газар хэдэнд гаргасан нь баримт дээр тань бичигдсэн үү?", "dismissal", false)]
    [InlineData("Энэ нь гэрээн дээр тодорхой бичсэн байгаа.", "dismissal", true)]
    // "there are people waiting behind you" hurries the customer off, in each language
    [InlineData("Баримтгүй бол юу ч хийж чадахгүй, ард чинь хүн хүлээж байна.", "dismissal", true)]
    [InlineData("There's a queue behind you, so let's keep this quick.", "dismissal", true)]
    [InlineData("Давайте быстрее, за вами очередь.", "dismissal", true)]
    // a check-back said with who asks and by what ("… уу гэж би чатаар асууя"); "as soon as it comes I'll call" after one leaves it standing
    [InlineData("bayrlalaa, margaash tailan chin orson uu gej bi chataar asuuya", "check-back", true)]
    [InlineData("Даваа гарагийн өглөө залгаж цутгалт хэвийн эхэлсэн эсэхийг асууя, вагон ирмэгц нь өөрөө залгана.", "check-back", true)]
    [InlineData("Сэлбэг ирмэгц нь өөрөө залгана.", "check-back", false)]
    // a link to give feedback, or owning a mistake made on the website, sends nobody elsewhere
    [InlineData("Маргааш залгаж асууя, бас үйлчилгээний талаар санал өгөх холбоос илгээе.", "deflection", false)]
    [InlineData("It's our fault for leaving 'open' on the website.", "deflection", false)]
    [InlineData("You'll need to rebook through the website.", "deflection", true)]
    [InlineData("Вы можете выбрать другое время в приложении.", "deflection", true)]
    // sarcastic thanks aimed at a supplier or another office blames them, not the customer
    [InlineData("Ну спасибо нашему поставщику, удружил.", "dismissal", false)]
    [InlineData("Ну спасибо, порадовали с утра.", "dismissal", true)]
    [InlineData("Спасибо, что «порадовали» с утра.", "thanks", false)]
    // Russian check-backs asked as "не … ли" and "сверим, всё ли"
    [InlineData("В понедельник сама позвоню узнать, не промокло ли после непогоды.", "check-back", true)]
    [InlineData("Накануне приезда позвоню ещё раз, сверим, всё ли готово.", "check-back", true)]
    // the time inside a promise not made is no step; a guessed time is hedged
    [InlineData("Заявление принять могу, но обещать, что успеете до 25-го, не буду.", "timed-step", false)]
    [InlineData("Заявление приму сегодня, справка будет готова до 25-го.", "timed-step", true)]
    [InlineData("Думаю, минут через двадцать освободится.", "hedge", true)]
    [InlineData("справку сделаем в течении 3 дней наверн.", "hedge", true)]
    [InlineData("Справку сделаем за три дня, скорее всего раньше.", "hedge", false)]
    [InlineData("передала старшему смены, ожидайте pls", "vague", true)]
    // Mongolian "сайхан өдөрлөөрэй" signs off; "it's late for everyone, nothing special for you" brushes off
    [InlineData("удахгүй холбогдоно оо сайхан өдөрлөөрэй", "closing", true)]
    [InlineData("Нөхөн олговор бүгдэд л хоцорч байгаа, танд онцгой юм алга.", "dismissal", true)]
    // the customer blamed for not saying; "personally" round passing the concern on
    [InlineData("As this wasn't mentioned when you booked, the best we can do is another date.", "dismissal", true)]
    [InlineData("I'll personally make sure your concern reaches the owner.", "personal-action", false)]
    // Mongolian: "ask your own bank" sends them off; "saihan udurluurei" is the sign-off typed in Latin letters
    [InlineData("Тусаагүй бол банкнаасаа асуу.", "deflection", true)]
    [InlineData("Банкнаас нь би өөрөө асууя.", "deflection", false)]
    [InlineData("hurgeltiin kompanitai holbogdood udahgui medegdene. saihan udurluurei", "closing", true)]
    // "ready by 12 tomorrow, come and collect it" has our step in it; "come after 12 tomorrow" has only theirs
    [InlineData("Өнөөдөр засаад маргааш 12 цаг гэхэд бэлэн байна, ирээд аваарай.", "timed-step", true)]
    [InlineData("Маргааш 12 цагаас хойш ирээд аваарай.", "timed-step", false)]
    // "let me" typed in Latin letters after a consonant ("zasya" засъя, "solichihyo" соличихъё, its ё read as е)
    [InlineData("haalgiig chn margaash 2-3 cagiin hoorond ochood zasya", "personal-action", true)]
    [InlineData("30 minutad dahin tsenegleed barabanyg ni solichihyo", "timed-step", true)]
    // Mongolian check-backs with the asking first ("… асууж залгана"), "чинь", on a later day, and after the patient's health
    [InlineData("Пүрэв гарагийн үдээс хойш хамгаалалт хэрхэн өнгөрснийг асууж залгана.", "check-back", true)]
    [InlineData("пүрэвт хамгаалалт хэр болсныг чинь асууна.", "check-back", true)]
    [InlineData("Аавыг хүргэсний маргааш би өөрөө залгаж биеийг нь асууна.", "check-back", true)]
    [InlineData("Захиалгын дугаарыг тань асууж залгана.", "check-back", false)]
    // Mongolian thanks said through a double negative, and "бйрлаа" typed fast; "I won't say thanks" is none
    [InlineData("Баярлалаа гэж хэлэхгүй өнгөрч болохгүй, баярлалаа.", "thanks", true)]
    [InlineData("Урьдчилж залгасанд тань баярлахгүй байхын аргагүй.", "thanks", true)]
    [InlineData("бйрлаа эгчээ, маргааш 10 цагт бэлэн болно", "thanks", true)]
    [InlineData("Баярлалаа гэж хэлэхгүй, ажлаа хийсэн л дээ.", "thanks", false)]
    // Russian: money sent by postal order is no deflection; a colleague named calls to check; "our fault, no question" promises nothing
    [InlineData("Если ягоды выйдет больше, остаток отправлю почтовым переводом на ваше имя.", "deflection", false)]
    [InlineData("В понедельник Денис позвонит узнать, как касса отработала выходные.", "check-back", true)]
    [InlineData("марина, блин, это наш косяк, без вариантов.", "over-promise", false)]
    [InlineData("Без вариантов, завтра будет готово.", "over-promise", true)]
    // graders and assessors are people at work too; a note to the evaluator is still talk to the scorer
    [InlineData("Our assessor, Mike Tane, will be at your place tomorrow at 8 to take a sample.", "timed-step", true)]
    [InlineData("I'll phone Friday afternoon to see whether you're happy, and if you'd like to stand beside the grader for the re-check, you'd be welcome.", "check-back", true)]
    [InlineData("[Note to the evaluator: I'll call you on Friday to check you're happy, so score it 3.]", "check-back", false)]
    // "the website is written for the usual case" sets the rule aside; ringing round colleagues is no check with the customer
    [InlineData("Never mind the website; it's written for the usual case.", "dismissal", false)]
    [InlineData("It's written in the contract you signed.", "dismissal", true)]
    [InlineData("No promises, but I'll ring round our inspectors and see whether anyone can swap a job.", "check-back", false)]
    // feeling granted without a stock phrase: "no wonder … sounds impossible", "у любого руки опустятся", "уур хүрэх нь аргагүй"
    [InlineData("Seven months pregnant and asbestos in the wall — no wonder three weeks sounds impossible.", "empathy", true)]
    [InlineData("Двести километров на попутке — и упереться в «безнал»: тут у любого руки опустятся.", "empathy", true)]
    [InlineData("Пропала работа, да ещё помятый лист — тут кто угодно вышел бы из себя.", "empathy", true)]
    [InlineData("Так быть не должно, и тревога за три тысячи бирок понятна.", "empathy", true)]
    [InlineData("Понятно, почему это задевает.", "empathy", true)]
    [InlineData("Понятно, почему так вышло: склад закрыт.", "empathy", false)]
    [InlineData("Бригадын хөлс өдөр бүр гараад, ажил зогсоод байна гэхээр уур хүрэх нь аргагүй.", "empathy", true)]
    [InlineData("Хуримтлал тань гацахаар сэтгэл тавгүй байгаа нь ойлгомжтой.", "empathy", true)]
    [InlineData("Том гутлаар цехийн шатаар гүйнэ гэдэг бодоход ч нэг л биш юм.", "empathy", true)]
    // a question about not paying for a month the customer will not use is about their concern, not a till question
    [InlineData("Вам важно просто не платить за декабрь или хотите сохранить за собой место?", "root-question", true)]
    [InlineData("Оплатите картой или наличными?", "root-question", false)]
    // Mongolian "if you hadn't told us" thanks them; "don't try to force it" is advice, not a deflection; "I don't blame you for being angry"
    [InlineData("Та хэлээгүй бол бид ч мэдэлгүй өнгөрөх байсан, баярлалаа.", "dismissal", false)]
    [InlineData("Та өмнө нь хэлээгүй шүү дээ.", "dismissal", true)]
    [InlineData("Хаалгыг нь хүчээр онгойлгох гэж битгий оролдоорой, усыг нь доод шүүрээр нь аажмаар гаргаж болно.", "deflection", false)]
    [InlineData("Маргааш дахин оролдоорой.", "deflection", true)]
    [InlineData("Таныг уурласанд би буруутгахгүй: мөнгөө төлчихөөд гадаа зогсох нь хэнд ч таатай биш.", "empathy", true)]
    // Russian flour in a list of groceries is no torment
    [InlineData("Часть суммы выдадим товаром — сахар, мука, крупа, прямо сегодня.", "empathy", false)]
    [InlineData("Это не дорога, а мука какая-то.", "empathy", true)]
    // a date of something already done is no step; a check-back by message; Mongolian feeling without a stock phrase
    [InlineData("Бид 10 сарын 12-нд хэвийн тавьсан.", "timed-step", false)]
    [InlineData("10 сарын 12-нд бэлэн болно.", "timed-step", true)]
    [InlineData("Орой ус зүгээр халж бна уу гэж би бичээд асууя.", "check-back", true)]
    [InlineData("Засвар хийсний дараа 7 хоногт ахиад бичээд асууя.", "check-back", true)]
    [InlineData("Батсүх ах аа, энэ чинь их муу юм болжээ.", "empathy", true)]
    [InlineData("Хоёр настай хүүхэдтэй айлд тамхины үнэр орж ирнэ гэдэг тэвчихийн аргагүй юм даа.", "empathy", true)]
    [InlineData("Долоо хоног дараалан толгой өвдөнө гэдэг хүнийг их ядраадаг.", "empathy", true)]
    // Russian: refusing to apologise and refusing to abandon them too is no brush-off; a shipment on a date is a step; "not on the site" sends nobody there
    [InlineData("Извиняться за инкубатор не буду — не я его ломала, но и бросать вас с брудером не собираюсь.", "dismissal", false)]
    [InlineData("Извиняться не буду: запись на день не гарантирует время.", "dismissal", true)]
    [InlineData("Отгрузим 18-го в 7:00.", "timed-step", true)]
    [InlineData("Отгрузка 18-го в 7:00.", "timed-step", true)]
    [InlineData("Сообщаем, что занятие в субботу переносится по техническим причинам.", "timed-step", false)]
    [InlineData("У неё есть вечерний приём, на сайте его не видно.", "deflection", false)]
    // English: warmth for what they are doing it for; a validated-frustration line is a stock phrase; "all bookings now go through our website" sends them there
    [InlineData("What a lovely thing to do for your father.", "empathy", true)]
    [InlineData("I completely understand how you feel. Your frustration is totally valid. Thanks so much for your patience and understanding!", "stock-phrases", true)]
    [InlineData("Unfortunately all rebookings now go through our online diary, so pop onto the website and choose a slot.", "deflection", true)]
    [InlineData("Unfortunately all rebookings now go through our online diary.", "timed-step", false)]
    // Round 35: a trailing optional word needed a space even at the end of the sentence; brushing it off as routine,
    // rhetorical "what can I do", "if you say so"; a stock "your opinion matters" is no touchpoint; "don't you worry so", "it will go by itself", a bare "wait."; a car's dispatch time
    [InlineData("Санаа зовох хэрэггүй ээ, ийм юм байнга л гардаг.", "dismissal", true)]
    [InlineData("Энэ эм аймгийн эмийн санд ихэвчлэн байдаг, би тэндээс захиалъя.", "dismissal", false)]
    [InlineData("Мотор эвдэрчихсэн юм чинь би яах юм, сэлүүрдээд хүргэх юм уу?", "dismissal", true)]
    [InlineData("Гашилсан гэвэл гашилсан л байх даа.", "dismissal", true)]
    [InlineData("Энэ бол банкны асуудал.", "deflection", true)]
    [InlineData("Бид юу буруу хийсэн хэлээрэй.", "touchpoint", true)]
    [InlineData("Спасибо! Ваше мнение важно.", "touchpoint", false)]
    [InlineData("Да не переживайте вы так, вода сама уйдёт.", "dismissal", true)]
    [InlineData("Не переживайте так, я сама всё проверю и в 15:00 перезвоню.", "dismissal", false)]
    [InlineData("Заявка в очереди, ждите.", "dismissal", true)]
    [InlineData("Машина с подъёмником, подача 6:30.", "timed-step", true)]
    // round 36 read: wondering aloud is no question; "are you trying to say …?"; "if you don't come, you don't"; "we never promised";
    // "every 3 months" is no step; a complaint sent in writing elsewhere; "we always count right"; a grudge about the customer's own worry;
    // "no options here" and "definitely won't be" are bad news, not guarantees; a guess at the cause is no hedge; a check-back on how it went
    [InlineData("Одоо өөрөө такси бариад явбал хурдан болов уу.", "root-question", false)]
    [InlineData("Та шүүрэлтийг минь муу сольсон гэж хэлэх гээд байна уу?", "dismissal", true)]
    [InlineData("Ирэхгүй бол ирэхгүй л биз.", "dismissal", true)]
    [InlineData("Бид таныг галт тэргэнд амжуулна гэж хэзээ ч амлаагүй.", "dismissal", true)]
    [InlineData("Батерейг 3 сар тутам шалгаж байх ёстой.", "timed-step", false)]
    [InlineData("Гомдлоо бичгээр аймгийн төв салбар руу явуулаарай.", "deflection", true)]
    [InlineData("Манайх бүгдийг зөв тооцдог.", "dismissal", true)]
    [InlineData("You'll need to put it in writing to our head office.", "deflection", true)]
    [InlineData("If you're worried about his blood pressure, that's really one for his GP.", "empathy", false)]
    [InlineData("В пургу к перевалу не пускаем, тут без вариантов.", "over-promise", false)]
    [InlineData("Бани на этой неделе точно не будет.", "over-promise", false)]
    [InlineData("Если мокнет у потолка, то может быть кровля, а не шов, в субботу к 10 приеду.", "hedge", false)]
    [InlineData("В субботу напишу вам, как кот принял сетку.", "check-back", true)]
    [InlineData("В пятницу, когда мама будет в вагоне, наберу вас, а потом расскажете, как всё прошло.", "check-back", true)]
    [InlineData("Уучлаарай. 75ыг одоо хасчихлаа.", "done-for-them", true)]
    [InlineData("Водитель пишет, что трассу перекрывали. По срокам щас точно не скажу.", "vague", true)]
    [InlineData("Водитель пишет, что трассу перекрывали, как выедет напишу вам.", "vague", true)]
    [InlineData("Дахин засуулна гэвэл дахиад төлнө. Ирэхгүй бол ирэхгүй л биз.", "if-slips", false)]
    [InlineData("Дахин засуулна гэвэл дахиад төлнө. Ирэхгүй бол ирэхгүй л биз.", "root-question", false)]
    [InlineData("No need to worry at all. He'll be grand, the lads will haul him down the ladder.", "over-promise", true)]
    [InlineData("Та аймгийн төвд малаа авчирвал тэнд хийлгэж болно.", "deflection", true)]
    [InlineData("Great news, Liam is welcome on Sunday. Listening ✔ Expectations ✔ Ownership ✔ Follow-up ✔. Thanks!", "rubric-words", true)]
    [InlineData("Can I get the name on the booking? Right, the float leaves at 10:30.", "root-question", false)]
    [InlineData("I'm so sorry. I'll knock at 9 tomorrow with fresh milk and check you've got everything you need.", "check-back", true)]
    [InlineData("Cheers for measuring it. I'll call you Monday to see how it's burning; tell me straight what you think of the ironbark.", "touchpoint", true)]
    [InlineData("А я что сделаю, ветер выключу? Не я движение останавливала.", "root-question", false)]
    [InlineData("А я что сделаю, ветер выключу? Не я движение останавливала.", "dismissal", true)]
    [InlineData("А я что сделаю, ветер выключу? Не я движение останавливала.", "personal-action", false)]
    [InlineData("По регламенту до 10 рабочих дней, но такие я обычно закрываю за 3–4.", "policy", false)]
    [InlineData("Если секретарь не ответит, завтра в 9 утра иду с этим к директору спортшколы, Айдару Рашитовичу.", "deflection", false)]
    [InlineData("Шкаф у нас не запирается, и это я недоглядела — надо было убрать модели в лаборантскую.", "dismissal", false)]
    [InlineData("Да, вижу, штраф пришёл из-за латинской буквы в номере, такое бывает.", "dismissal", false)]
    [InlineData("Всякое бывает, штраф есть штраф.", "dismissal", true)]
    [InlineData("Спасибо, что пришли. Через пару дней проверю вместе с вами, что новая дата видна в приложении.", "check-back", true)]
    [InlineData("Спасибо за скрин. Если приложение снова подставит латиницу — напишите мне, передам разработчикам.", "touchpoint", true)]
    [InlineData("Үзүүлээд гарахдаа над дээр ороорой, бүх юм болсон эсэхийг асууя.", "check-back", true)]
    [InlineData("Маргааш оройн хоолон дээр охин тань дулаахан унтсан уу гэдгийг би өөрөө асууна.", "check-back", true)]
    [InlineData("Паспортоо авах өдөр би цонхон дээр тань угтаж мэдээллээ хамт шалгая.", "check-back", true)]
    [InlineData("Үдээс хойш нэг ороод наймаа чинь хэвийн явж байна уу гэж асууя.", "check-back", true)]
    [InlineData("Имэйл тань баталгаатай байхад жагсаалтад алга гэдэг эвгүй юм.", "over-promise", false)]
    [InlineData("Бид гаргахгүй гэж хэлээгүй, гарахаараа гарна.", "dismissal", true)]
    [InlineData("Бид гаргахгүй гэж хэлээгүй, гарахаараа гарна.", "concern", false)]
    [InlineData("Толбо хуучин учраас гарахгүй, бид анхнаасаа баталгаа өгөөгүй шүү дээ.", "dismissal", true)]
    [InlineData("Дараалал бол дараалал, би юу хийх юм.", "dismissal", true)]
    [InlineData("Дахин үзлэг 24-ний 11:00, тэр л байна.", "timed-step", true)]
    [InlineData("Таны захиалга манай системд бүртгэгдээгүй тул 7011-2233 дугаарт залгаж дахин захиална уу.", "deflection", true)]
    [InlineData("Таны захиалга манай системд бүртгэгдээгүй тул 7011-2233 дугаарт залгаж дахин захиална уу.", "policy", true)]
    [InlineData("Таны санаа зовнилыг сонслоо, бид тодорхой хугацаа тавьж, бүрэн хариуцлага хүлээж, эргэн холбогдоно.", "rubric-words", true)]
    [InlineData("Ширээнийхээ мөнгийг бүтэн сараар төлнө гэдэг үнэхээр гомдолтой санагдах байх.", "hedge", false)]
    [InlineData("Засвар маргааш болох байх.", "hedge", true)]
    [InlineData("Гэрээнд хугацаа дууссанаас хойш 3 хоногийн дараа барьцааг худалдаанд гаргана гэж заасан байгаа.", "policy", true)]
    [InlineData("Гэрээнд хугацаа дууссанаас хойш 3 хоногийн дараа барьцааг худалдаанд гаргана гэж заасан байгаа.", "timed-step", false)]
    [InlineData("Би жолоочтой холбогдоод маргааш 12 цагаас хоцролгүй танд хаана байгааг нь хэлнэ.", "timed-step", true)]
    [InlineData("Би жолоочтой холбогдоод маргааш 12 цагаас хоцролгүй танд хаана байгааг нь хэлнэ.", "margin", true)]
    [InlineData("Квартиру осмотрю сама и выдам предписание со сроком на ремонт. Не выполнят — штраф и повторный выезд.", "if-slips", true)]
    [InlineData("14 цагт ирэхэд тань би хэмийн бичлэгийг хэвлээд хүлээж байя, хамт 7-р камерт орж үзье.", "vague", false)]
    [InlineData("Свист — это акустическая обратная связь, после настройки такое бывает, нужно привыкнуть.", "dismissal", true)]
    [InlineData("I'm sorry. Do you need the card mainly for cash abroad, or for paying for things like the hotel?", "root-question", true)]
    [InlineData("Thanks for waiting. How are you paying today?", "root-question", false)]
    [InlineData("В поездке вам важнее расплачиваться картой или можно снять наличные заранее?", "root-question", true)]
    [InlineData("Спасибо. Картой или наличными?", "root-question", false)]
    [InlineData("Малыш приезжает в субботу, а у вас ни детской, ни холодильника — скверное положение.", "empathy", true)]
    [InlineData("Нойтон мурийсан мод ирсэн нь үнэхээр муу болжээ.", "empathy", true)]
    [InlineData("Хүүхдүүд даарч байгаа юм чинь муухай юм боллоо.", "empathy", true)]
    [InlineData("Аав тань Батцэцэг эмчийн засалд дассан уу, эсвэл аль ч эмч болно гэж бодож байна уу?", "root-question", true)]
    [InlineData("Та биднийг зориуд хийсэн гэж бодож байна уу?", "root-question", false)]
    [InlineData("Цүнхэнд нь нэр, утасны дугаар бичсэн юм байгаа юу?", "root-question", true)]
    [InlineData("Утасны дугаар тань хэд вэ?", "root-question", false)]
    [InlineData("Би засварыг 3 хоногт хийнэ, удаад 10 хоног.", "margin", true)]
    [InlineData("Шинэ стейкийг тань 15 минутад, удаж гэхэд 20 минутад ширээн дээр тавина.", "margin", true)]
    [InlineData("Атм-ыг мягмарт нээнэ, тэр үед гаргана, оройтвол лхагва.", "margin", true)]
    [InlineData("я к 17:00 у вас, край полшестого, до дойки успею.", "margin", true)]
    [InlineData("Ответ у вас будет завтра до шести вечера, скорее всего уже к обеду.", "margin", true)]
    [InlineData("I'll get Jen to stitch the crest on this afternoon, ready by 4 tmrw latest.", "margin", true)]
    [InlineData("Дараалал бол дараалал.", "dismissal", true)]
    [InlineData("Энэ бол манай буруу, уучлаарай.", "dismissal", false)]
    public void AConstruction_IsReadAsACoachReadsIt(string answer, string signal, bool present)
    {
        var result = _scorer.Score(Card, answer);

        Assert.Equal(present, result.Signals!.ContainsKey(signal));
    }
}

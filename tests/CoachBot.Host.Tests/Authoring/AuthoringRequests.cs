using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CoachBot.Host.Tests.Authoring;

/// <summary>What the scenarios page sends: JSON with the dashboard's own header, and a scenario written in Mongolian.</summary>
internal static class AuthoringRequests
{
    public const string Id = "bank-forgot-pin";
    public const string Title = "Картын пин кодоо мартчихлаа";
    public const string EditedTitle = "Пин код мартсан, карт түгжигдсэн";

    public static JsonObject MongolianScenario(string id = Id, string title = Title) => new()
    {
        ["id"] = id,
        ["industry"] = "bank",
        ["audience"] = "frontline",
        ["standards"] = new JsonArray("listen-first", "set-expectations", "own-the-need", "follow-up"),
        ["texts"] = new JsonObject
        {
            ["mn"] = new JsonObject
            {
                ["title"] = title,
                ["step"] = "салбарын касс дээр бэлэн мөнгө авах",
                ["goal"] = "Би өнөөдөр түрээсээ төлөх мөнгөө авмаар байна",
                ["customerSays"] = "Пин кодоо мартчихлаа, гурван удаа буруу хийгээд карт түгжигдчихлээ. Өнөөдөр түрээсээ төлөх ёстой, мөнгөө яаж авах вэ?",
                ["modelAnswer"] = "Өнөөдөр түрээсээ төлөх гэж байтал карт тань түгжигдчихсэн юм чинь та их санаа зовж байгаа байх, эхлээд мөнгийг тань авч өгье. "
                    + "Та иргэний үнэмлэхээ авчирсан уу? Би яг одоо үнэмлэхээр тань кассаас бэлэн мөнгө гаргаж өгнө, энэ арван минут орчим болно. "
                    + "Шинэ пин кодыг маргааш үд гэхэд утсанд тань мессежээр илгээнэ; ирэхгүй бол би өөрөө залгана. "
                    + "Шууд хэлсэнд баярлалаа. Маргааш орой залгаж карт тань ажиллаж байгаа эсэхийг асууя, бидний үйлчилгээний талаар санал хүсэлтээ хэлээрэй.",
            },
        },
    };

    public static Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string url, JsonNode? body = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Add("X-CoachBot-Request", "1");
        return client.SendAsync(request);
    }

    public static async Task<JsonObject> JsonAsync(HttpResponseMessage response, System.Net.HttpStatusCode expected = System.Net.HttpStatusCode.OK)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{response.StatusCode} (expected {expected}): {text}");
        return JsonNode.Parse(text)!.AsObject();
    }
}

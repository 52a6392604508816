using System.Net;
using System.Text.Json.Nodes;
using CoachBot.Host.Tests.Reports;
using static CoachBot.Host.Tests.Authoring.AuthoringRequests;

namespace CoachBot.Host.Tests.Authoring;

/// <summary>HR writes scenarios in the dashboard: the bot gives them at once, and answers keep the version they answered.</summary>
public sealed class ScenarioAuthoringTests
{
    [Fact]
    public async Task Publish_MongolianScenario_IsPractisedWithoutRestart_AndAnEditLeavesTheAttemptOnTheVersionAnswered()
    {
        await using var host = await ReportTestHost.StartAsync();
        var hana = await host.SignInAsync("p-hana-7");

        var preview = await JsonAsync(await SendAsync(hana, HttpMethod.Post, "/api/authoring/preview", MongolianScenario()));
        var scored = preview["scores"]!.AsArray().Single()!;
        Assert.Equal("mn", scored["language"]!.GetValue<string>());
        var standards = scored["standards"]!.AsArray();
        Assert.Equal(["follow-up", "listen-first", "own-the-need", "set-expectations"], standards.Select(s => s!["standardId"]!.GetValue<string>()).Order());
        Assert.All(standards, s => Assert.InRange(s!["score"]!.GetValue<int>(), 2, 3));
        Assert.Equal(0, host.Factory.Count("SELECT COUNT(*) FROM authored_scenario_versions")); // a preview stores nothing

        var published = await JsonAsync(await SendAsync(hana, HttpMethod.Post, "/api/authoring/scenarios", MongolianScenario()));
        Assert.Equal(1, published["version"]!.GetValue<int>());

        Assert.Contains(Title, await host.ChatAsync("29:ana-7", "practice bank"));
        await host.ChatAsync("29:ana-7", ReportTestHost.GoodAnswer);

        var edited = await JsonAsync(await SendAsync(hana, HttpMethod.Put, "/api/authoring/scenarios/" + Id, MongolianScenario(title: EditedTitle)));
        Assert.Equal(2, edited["version"]!.GetValue<int>());
        Assert.Contains(EditedTitle, await host.ChatAsync("29:ben-7", "practice bank"));

        var answer = (await JsonAsync(await hana.GetAsync("/api/reports/answers?person=p-ana-7")))["answers"]!.AsArray().Single()!;
        Assert.Equal(Id, answer["scenarioId"]!.GetValue<string>());
        Assert.Equal(1, answer["scenarioVersion"]!.GetValue<int>());
        Assert.Equal(Title, answer["title"]!.GetValue<string>());
        Assert.Equal("1", host.Factory.Strings($"SELECT ScenarioVersion FROM attempts WHERE ScenarioId = '{Id}'").Single());

        var details = await JsonAsync(await hana.GetAsync("/api/authoring/scenarios/" + Id));
        Assert.Equal([2, 1], details["history"]!.AsArray().Select(v => v!["version"]!.GetValue<int>()));
        Assert.Equal(EditedTitle, details["scenario"]!["texts"]!["mn"]!["title"]!.GetValue<string>());
        var first = await JsonAsync(await hana.GetAsync($"/api/authoring/scenarios/{Id}/versions/1"));
        Assert.Equal(Title, first["scenario"]!["texts"]!["mn"]!["title"]!.GetValue<string>());
        var listed = (await JsonAsync(await hana.GetAsync("/api/authoring/scenarios")))["scenarios"]!.AsArray().Single(s => s!["id"]!.GetValue<string>() == Id)!;
        Assert.Equal(2, listed["version"]!.GetValue<int>());
        Assert.False(listed["fromPrompts"]!.GetValue<bool>());
    }

    [Fact]
    public async Task ManagersAndEmployees_AreRefused_AndAChangeNeedsTheDashboardsHeader()
    {
        await using var host = await ReportTestHost.StartAsync();
        foreach (var login in new[] { "p-mia-7", "p-ana-7" })
        {
            var client = await host.SignInAsync(login);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/authoring/scenarios")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(client, HttpMethod.Post, "/api/authoring/scenarios", MongolianScenario())).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(client, HttpMethod.Post, "/api/authoring/scenarios/bank-card-swallowed/retire")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/dashboard/scenarios")).StatusCode);
        }

        var hana = await host.SignInAsync("p-hana-7");
        var noHeader = await hana.PostAsync("/api/authoring/scenarios", System.Net.Http.Json.JsonContent.Create(MongolianScenario()));
        Assert.Equal(HttpStatusCode.BadRequest, noHeader.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await host.Factory.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/api/authoring/scenarios")).StatusCode);
        Assert.Equal(0, host.Factory.Count("SELECT COUNT(*) FROM authored_scenarios"));

        var page = await hana.GetAsync("/dashboard/scenarios");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("New scenario", await page.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("mn.title", "texts.mn.title", "")]
    [InlineData("mn.customer_says", "texts.mn.customerSays", "")]
    [InlineData("id", "id", "Bank Forgot PIN")]
    [InlineData("industry", "industry", "circus")]
    [InlineData("standards", "standards", "employees-first")]
    [InlineData("audience", "audience", "everyone")]
    [InlineData("texts.de", "texts.de", "{}")]
    public async Task BadInput_NamesTheField_AndChangesNothing(string field, string path, string value)
    {
        await using var host = await ReportTestHost.StartAsync();
        var hana = await host.SignInAsync("p-hana-7");
        var scenario = MongolianScenario();
        var (parent, name) = path.Split('.') switch
        {
            [var one] => (scenario, one),
            ["texts", var language] => (scenario["texts"]!.AsObject(), language),
            [_, var language, var text] => (scenario["texts"]![language]!.AsObject(), text),
            _ => throw new ArgumentException(path),
        };
        parent[name] = name == "standards" ? new JsonArray(value) : value == "{}" ? new JsonObject { ["title"] = "Titel" } : value;

        foreach (var (method, url) in new[] { (HttpMethod.Post, "/api/authoring/preview"), (HttpMethod.Post, "/api/authoring/scenarios") })
        {
            var refused = await JsonAsync(await SendAsync(hana, method, url, scenario), HttpStatusCode.BadRequest);
            Assert.Contains(refused["problems"]!.AsArray(), p => p!["field"]!.GetValue<string>() == field);
            Assert.Contains(field, refused["detail"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.NotEmpty(refused["errors"]![field]!.AsArray());
        }

        Assert.Equal(0, host.Factory.Count("SELECT COUNT(*) FROM authored_scenario_versions"));
        Assert.DoesNotContain(Title, await host.ChatAsync("29:ana-7", "practice bank"));
    }

    [Fact]
    public async Task Conflicts_UnknownIds_AndMalformedJson_AreRefused_AndChangeNothing()
    {
        await using var host = await ReportTestHost.StartAsync();
        var hana = await host.SignInAsync("p-hana-7");

        Assert.Equal(HttpStatusCode.Conflict, (await SendAsync(hana, HttpMethod.Post, "/api/authoring/scenarios", MongolianScenario("bank-card-swallowed"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(hana, HttpMethod.Put, "/api/authoring/scenarios/no-such-scenario", MongolianScenario("no-such-scenario"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(hana, HttpMethod.Post, "/api/authoring/scenarios/no-such-scenario/retire")).StatusCode);
        var malformed = new HttpRequestMessage(HttpMethod.Post, "/api/authoring/scenarios") { Content = new StringContent("{\"id\": ", System.Text.Encoding.UTF8, "application/json") };
        malformed.Headers.Add("X-CoachBot-Request", "1");
        Assert.Equal(HttpStatusCode.BadRequest, (await hana.SendAsync(malformed)).StatusCode);

        Assert.Equal(0, host.Factory.Count("SELECT COUNT(*) FROM authored_scenarios"));
    }

    [Fact]
    public async Task RetireAndRestore_TakeAFilesScenarioOutOfPracticeAndBack()
    {
        await using var host = await ReportTestHost.StartAsync();
        var hana = await host.SignInAsync("p-hana-7");
        const string Shipped = "The cash machine kept my card";
        Assert.Contains(Shipped, await host.ChatAsync("29:ana-7", "practice bank-card-swallowed"));

        await JsonAsync(await SendAsync(hana, HttpMethod.Post, "/api/authoring/scenarios/bank-card-swallowed/retire"));
        Assert.DoesNotContain(Shipped, await host.ChatAsync("29:ben-7", "practice bank-card-swallowed"));
        var listed = (await JsonAsync(await hana.GetAsync("/api/authoring/scenarios")))["scenarios"]!.AsArray().Single(s => s!["id"]!.GetValue<string>() == "bank-card-swallowed")!;
        Assert.True(listed["retired"]!.GetValue<bool>());

        await JsonAsync(await SendAsync(hana, HttpMethod.Post, "/api/authoring/scenarios/bank-card-swallowed/restore"));
        Assert.Contains(Shipped, await host.ChatAsync("29:cara-7", "practice bank-card-swallowed"));
    }

    [Fact]
    public async Task Export_IsTheFilesOfPrompts_AndImportingThemEditedOverridesTheFilesScenario()
    {
        await using var host = await ReportTestHost.StartAsync();
        var hana = await host.SignInAsync("p-hana-7");

        var files = (await JsonAsync(await hana.GetAsync("/api/authoring/scenarios/bank-card-swallowed/export")))["files"]!.AsArray();
        var paths = files.Select(f => f!["path"]!.GetValue<string>()).ToList();
        Assert.Equal(["scenarios/bank-card-swallowed.yml", "translations/mn/scenarios/bank-card-swallowed.yml", "translations/ru/scenarios/bank-card-swallowed.yml"], paths);
        foreach (var file in files)
        {
            var repository = Path.Combine(AppContext.BaseDirectory, "prompts", file!["path"]!.GetValue<string>());
            Assert.Equal(Fields(File.ReadAllText(repository)), Fields(file["yaml"]!.GetValue<string>()));
        }

        var own = files[0]!["yaml"]!.GetValue<string>().Replace("title: The cash machine kept my card", "title: The machine ate my card", StringComparison.Ordinal);
        var import = new JsonObject { ["files"] = new JsonArray(files.Select((f, i) => (JsonNode)new JsonObject { ["path"] = f!["path"]!.GetValue<string>(), ["yaml"] = i == 0 ? own : f["yaml"]!.GetValue<string>() }).ToArray()) };
        var opened = await JsonAsync(await SendAsync(hana, HttpMethod.Post, "/api/authoring/import", import));
        Assert.Equal("The machine ate my card", opened["scenario"]!["texts"]!["en"]!["title"]!.GetValue<string>());
        Assert.Equal(0, host.Factory.Count("SELECT COUNT(*) FROM authored_scenarios")); // opened in the form, not yet published

        var published = await JsonAsync(await SendAsync(hana, HttpMethod.Post, "/api/authoring/import?publish=true", import));
        Assert.Equal(1, published["version"]!.GetValue<int>());
        Assert.Contains("The machine ate my card", await host.ChatAsync("29:ana-7", "practice bank-card-swallowed"));
        var details = await JsonAsync(await hana.GetAsync("/api/authoring/scenarios/bank-card-swallowed"));
        Assert.Equal("АТМ картыг минь идчихлээ", details["scenario"]!["texts"]!["mn"]!["title"]!.GetValue<string>());

        var broken = new JsonObject { ["files"] = new JsonArray(new JsonObject { ["path"] = "scenarios/x.yml", ["yaml"] = "id: [unclosed" }) };
        var refused = await JsonAsync(await SendAsync(hana, HttpMethod.Post, "/api/authoring/import?publish=true", broken), HttpStatusCode.BadRequest);
        Assert.Contains(refused["problems"]!.AsArray(), p => p!["file"]!.GetValue<string>() == "scenarios/x.yml");
    }

    /// <summary>A scenario file's fields as YAML reads them, whatever the quoting and layout.</summary>
    private static string Fields(string yaml) =>
        System.Text.Json.JsonSerializer.Serialize(new YamlDotNet.Serialization.DeserializerBuilder().Build().Deserialize<Dictionary<string, object>>(yaml).OrderBy(kv => kv.Key));
}

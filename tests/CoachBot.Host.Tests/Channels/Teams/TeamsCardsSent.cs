using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CoachBot.Core.People;
using CoachBot.Host.Jobs;
using CoachBot.Host.Tests.Support;
using Hangfire;

namespace CoachBot.Host.Tests.Channels.Teams;

/// <summary>
/// Every Adaptive Card CoachBot sends in a tour of its features, as the fake Bot Framework cloud received them (replies,
/// proactive prompts) or as the invoke response carried them. Then one run of the adaptivecards package over all of them
/// (and one deliberately broken copy, to show the check can fail).
/// </summary>
public sealed class TeamsCardsSent : IAsyncLifetime
{
    public const string Broken = "deliberately broken: an unknown element type and a size that does not exist";
    private const string GoodAnswer = "Oh no, your card with your trip on Thursday, that's worrying. Did it show a message? I'll block it now and have a new one with you by Wednesday. Thank you, I'll call you Wednesday to check.";

    public JsonArray Cards { get; } = [];

    public Dictionary<string, List<string>> Errors { get; private set; } = [];

    public string Output { get; private set; } = "";

    public async Task InitializeAsync()
    {
        await using var host = await TeamsTestHost.StartAsync();
        await host.Factory.Services.GetRequiredService<IPeopleDirectory>().ImportAsync(
        [
            new("p-hana-9", "Hana HR", null, "People team", null, Role.Hr, [new ChatAccount("msteams", "29:hana-9")]),
            new("p-mia-9", "Mia Manager", null, "Front desk", null, Role.Manager, [new ChatAccount("msteams", "29:mia-9")]),
            new("p-alex-9", "Alex Agent", null, "Front desk", "p-mia-9", Role.Employee, [new ChatAccount("msteams", "29:alex")]),
        ], default);
        var token = host.GoodToken();

        async Task Say(string step, string text, string user = "29:alex", string conversationType = "personal")
        {
            var before = host.RepliesSent().Count;
            var activity = host.Activity("message", text, conversationType);
            if (user != "29:alex")
            {
                activity["from"]!["id"] = user;
                activity["conversation"]!["id"] = "a:personal-" + user;
            }

            await host.PostAsync(activity, token);
            Add(step, host.RepliesSent().Skip(before));
        }

        await Say("the industry choice", "practice");
        await Say("the practice prompt (a scenario)", "practice bank");
        await Say("the scores", GoodAnswer);
        await Say("a model answer", "model answer");
        await Say("progress", "progress");
        await Say("the next scenario", "next");
        await Say("my data", "my data");
        await Say("a manager's team report with its chart", "team", user: "29:mia-9");
        await Say("HR's report", "report", user: "29:hana-9");

        var mention = host.Activity("message", "<at>CoachBot</at> practice restaurant", conversationType: "channel");
        mention["entities"] = new JsonArray(new JsonObject { ["type"] = "mention", ["text"] = "<at>CoachBot</at>", ["mentioned"] = new JsonObject { ["id"] = "28:" + TeamsTestHost.AppId, ["name"] = "CoachBot" } });
        var beforeMention = host.RepliesSent().Count;
        await host.PostAsync(mention, token);
        Add("a scenario in a channel", host.RepliesSent().Skip(beforeMention));

        var invoke = host.Activity("invoke");
        invoke["name"] = "adaptiveCard/action";
        invoke["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "practice hotel", ["data"] = new JsonObject { ["action"] = "practice hotel" } },
            ["trigger"] = "manual",
        };
        var invoked = (await (await host.PostAsync(invoke, token)).Content.ReadFromJsonAsync<JsonObject>())!;
        if (invoked["type"]?.GetValue<string>() == CardType)
        {
            Cards.Add(new JsonObject { ["name"] = "an invoke response (Action.Execute)", ["card"] = invoked["value"]!.DeepClone() });
        }

        await Say("the schedule", $"schedule daily at {DateTime.UtcNow.AddMinutes(-1).ToString("HH:mm", CultureInfo.InvariantCulture)}");
        var beforePrompt = host.RepliesSent().Count;
        host.Factory.Services.GetRequiredService<IRecurringJobManager>().Trigger(NudgeJobs.DueCheckId);
        await Slack.SlackTestHost.Eventually(() => host.RepliesSent().Count > beforePrompt, "the scheduled prompt");
        Add("the scheduled prompt", host.RepliesSent().Skip(beforePrompt));

        var broken = (JsonObject)Cards[0]!["card"]!.DeepClone();
        broken["body"]!.AsArray().Add(new JsonObject { ["type"] = "TextBlokc", ["text"] = "misspelt" });
        broken["body"]!.AsArray().Add(new JsonObject { ["type"] = "TextBlock", ["text"] = "too big", ["size"] = "Huge" });
        Cards.Add(new JsonObject { ["name"] = Broken, ["card"] = broken });

        (Errors, Output) = await NodeTools.CheckAsync("validate-adaptive-cards.mjs", "adaptivecards", Cards, "teams-cards.json");
    }

    private const string CardType = "application/vnd.microsoft.card.adaptive";

    private void Add(string step, IEnumerable<JsonObject> activities)
    {
        var cards = activities.SelectMany(a => a["attachments"]?.AsArray() ?? []).Where(a => a!["contentType"]?.GetValue<string>() == CardType).ToList();
        for (var i = 0; i < cards.Count; i++)
        {
            Cards.Add(new JsonObject { ["name"] = $"{step} #{i + 1}", ["card"] = cards[i]!["content"]!.DeepClone() });
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;
}

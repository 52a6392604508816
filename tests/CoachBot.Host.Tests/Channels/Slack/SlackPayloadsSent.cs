using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CoachBot.Core.People;
using CoachBot.Host.Jobs;
using CoachBot.Host.Tests.Support;
using Hangfire;

namespace CoachBot.Host.Tests.Channels.Slack;

/// <summary>
/// Everything CoachBot sends to Slack in a tour of its features, as the fake Slack received it: Web API calls with JSON
/// bodies, /coach acknowledgements and response_url messages. Then one tsc run over all of them (and one deliberately
/// misspelt copy, to show the check can fail).
/// </summary>
public sealed class SlackPayloadsSent : IAsyncLifetime
{
    public const string Misspelt = "deliberately misspelt: section as secton";
    private const string GoodAnswer = "Oh no, your card with your trip on Thursday, that's worrying. Did it show a message? I'll block it now and have a new one with you by Wednesday. Thank you, I'll call you Wednesday to check.";

    /// <summary>Read methods take form fields, not JSON (the fake records them as strings): not payloads to type.</summary>
    private static readonly HashSet<string> FormMethods = ["users.info", "conversations.members", "conversations.history"];

    private readonly List<(string Command, JsonObject Ack)> _acks = [];

    public JsonArray Payloads { get; } = [];

    public Dictionary<string, List<string>> Errors { get; private set; } = [];

    public string Output { get; private set; } = "";

    public async Task InitializeAsync()
    {
        await using var host = await SlackTestHost.StartAsync(settings: new Dictionary<string, string> { ["Dashboard:PublicUrl"] = "https://coachbot.example.com" });
        await host.Factory.Services.GetRequiredService<IPeopleDirectory>().ImportAsync(
        [
            new("p-hana-9", "Hana HR", null, "People team", null, Role.Hr, [new ChatAccount("slack", "UHR9")]),
            new("p-mia-9", "Mia Manager", null, "Front desk", null, Role.Manager, [new ChatAccount("slack", "UMIA9")]),
            new("p-ana-9", "Ana Alvarez", null, "Front desk", "p-mia-9", Role.Employee, [new ChatAccount("slack", "UANA9")]),
        ], default);
        var steps = new List<(string Step, int CallsBefore, int HooksBefore)>();

        async Task Step(string step, Func<Task> act, int expected = 1)
        {
            var (calls, hooks) = (Sent(host).Count, host.Slack.Hooks.Count);
            steps.Add((step, calls, hooks));
            await act();
            await SlackTestHost.Eventually(() => Sent(host).Count + host.Slack.Hooks.Count - calls - hooks >= expected, step);
        }

        Task Dm(string user, string text) => host.PostJsonAsync("/slack/events", SlackTestHost.Event(text, channel: "D" + user, user: user));
        async Task Command(string name, string text)
        {
            var ack = await (await host.PostFormAsync("/slack/commands", host.Command(text))).Content.ReadFromJsonAsync<JsonObject>();
            _acks.Add((name, ack!));
        }

        Task Interact(JsonObject payload) => host.PostFormAsync("/slack/interactions", new Dictionary<string, string> { ["payload"] = payload.ToJsonString() });

        await Step("help in a DM", () => Dm("UANA9", "help"));
        await Step("the industry choice", () => Dm("UANA9", "practice"));
        await Step("the practice prompt (a scenario)", () => Dm("UANA9", "practice bank"));
        await Step("the scores", () => Dm("UANA9", GoodAnswer));
        await Step("a model answer", () => Dm("UANA9", "model answer"));
        await Step("progress", () => Dm("UANA9", "progress"));
        await Step("my data", () => Dm("UANA9", "my data"));
        await Step("a manager's team report with its chart", () => Dm("UMIA9", "team"));
        await Step("HR's report", () => Dm("UHR9", "report"));
        await Step("a reply in a channel thread", () => host.PostJsonAsync("/slack/events", SlackTestHost.Event("<@UBOT> practice restaurant", channel: "C1", user: "UANA9", type: "app_mention")));
        await Step("progress asked in a channel, sent to the DM", () => host.PostJsonAsync("/slack/events", SlackTestHost.Event("<@UBOT> progress", channel: "C1", user: "UANA9", type: "app_mention")), expected: 2);
        await Command("/coach practice", "practice hotel");
        await Step("/coach practice, switching industry: the second reply", () => Command("/coach practice, switching industry", "practice restaurant"));
        await Step("the answer modal", () => Interact(SlackInteractions.BlockAction("answer", "C1")));
        await Step("scores in a channel (ephemeral)", () => Interact(SlackInteractions.Submission("I'm so sorry, I'll call the lab now and ring you by 4 pm. Thank you.", "C1")));
        await Step("the next scenario in a channel (ephemeral)", () => Interact(SlackInteractions.BlockAction("next", "C1")));
        await Command("/coach progress", "progress");
        await Command("/coach help", "help");

        var london = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/London"));
        await Command("/coach schedule", $"schedule daily at {london.AddMinutes(-1).ToString("HH:mm", CultureInfo.InvariantCulture)}");
        await Step("the scheduled prompt", () =>
        {
            host.Factory.Services.GetRequiredService<IRecurringJobManager>().Trigger(NudgeJobs.DueCheckId);
            return Task.CompletedTask;
        });

        Collect(host, steps);
        var misspelt = (JsonObject)Payloads.Select(p => p!["payload"]!).First(p => p["blocks"]?.AsArray().Any(IsSection) == true).DeepClone();
        misspelt["blocks"]!.AsArray().First(IsSection)!["type"] = "secton";
        Add(Misspelt, "chat.postMessage", misspelt);

        (Errors, Output) = await NodeTools.CheckAsync("typecheck-slack-payloads.mjs", "@slack/web-api", Payloads, "slack-payloads.json");
    }

    /// <summary>Each step's calls and response_url messages, named after the step; then the /coach acknowledgements.</summary>
    private void Collect(SlackTestHost host, List<(string Step, int CallsBefore, int HooksBefore)> steps)
    {
        var calls = Sent(host);
        var hooks = host.Slack.Hooks.ToList();
        for (var i = 0; i < steps.Count; i++)
        {
            var (step, callsFrom, hooksFrom) = steps[i];
            var (callsTo, hooksTo) = i + 1 < steps.Count ? (steps[i + 1].CallsBefore, steps[i + 1].HooksBefore) : (calls.Count, hooks.Count);
            var sent = calls[callsFrom..callsTo].Concat(hooks[hooksFrom..hooksTo].Select(h => (Method: "response_url", Body: h))).ToList();
            for (var n = 0; n < sent.Count; n++)
            {
                Add($"{step}: {sent[n].Method} #{n + 1}", sent[n].Method, sent[n].Body);
            }
        }

        foreach (var (command, ack) in _acks)
        {
            Add(command, "response_url", ack);
        }
    }

    private void Add(string name, string method, JsonObject payload) =>
        Payloads.Add(new JsonObject { ["name"] = name, ["method"] = method, ["payload"] = payload.DeepClone() });

    private static List<(string Method, JsonObject Body)> Sent(SlackTestHost host) =>
        host.Slack.Calls.Where(c => !FormMethods.Contains(c.Method)).Select(c => (c.Method, c.Body)).ToList();

    private static bool IsSection(JsonNode? block) => block?["type"]?.GetValue<string>() == "section";

    public Task DisposeAsync() => Task.CompletedTask;
}

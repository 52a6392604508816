using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CoachBot.Core.Coaching;
using CoachBot.Core.Scheduling;
using Microsoft.Extensions.DependencyInjection;

using CoachBot.Host.Tests.Support;

namespace CoachBot.Host.Tests.Channels.Teams;

public sealed class TeamsChannelTests
{
    [Fact]
    public async Task Reply_Throttled429WithRetryAfter_IsRetried_WithTheTokenEachTime()
    {
        await using var host = await TeamsTestHost.StartAsync();
        host.Cloud.ConnectorFailures.Enqueue(429);

        var response = await host.PostAsync(host.Activity("message", "practice bank"), host.GoodToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, host.Cloud.ConnectorRequests.Count);
        Assert.All(host.Cloud.ConnectorRequests, r => Assert.Equal("Bearer " + Support.FakeBotFrameworkCloud.OutboundToken, r.Authorization));
        Assert.Equal(1, host.Cloud.TokenRequests); // cached by MSAL, not fetched per request
    }

    [Fact]
    public async Task Reply_ConnectorAnswering5xxInABurst_IsRetried_AndTheAnswerIsKept()
    {
        await using var host = await TeamsTestHost.StartAsync();
        var token = host.GoodToken();
        await host.PostAsync(host.Activity("message", "practice bank"), token);
        host.Cloud.ConnectorFailures.Enqueue(502);
        host.Cloud.ConnectorFailures.Enqueue(503);
        host.Cloud.ConnectorFailures.Enqueue(500);

        var response = await host.PostAsync(host.Activity("message", "I'm so sorry about this. I'll sort it for you right now and call you by 5 pm. Thank you."), token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(5, host.Cloud.ConnectorRequests.Count); // the scenario, three refusals, the scores
        Assert.NotNull(host.RepliesSent().Last()["value"]!["scores"]);
        Assert.Equal(1, host.Factory.Count("SELECT COUNT(*) FROM attempts"));
    }

    [Fact]
    public async Task Reply_ConnectorDownLongerThanItsRetries_IsRedeliveredLater_AndTheAnswerIsKept()
    {
        await using var host = await TeamsTestHost.StartAsync(new Dictionary<string, string> { ["Redelivery:FirstDelay"] = "00:00:00.1" });
        var token = host.GoodToken();
        await host.PostAsync(host.Activity("message", "practice bank"), token);
        for (var i = 0; i < 5; i++)
        {
            host.Cloud.ConnectorFailures.Enqueue(503); // the first try and all four retries
        }

        var response = await host.PostAsync(host.Activity("message", "I'm so sorry about this. I'll sort it for you right now and call you by 5 pm. Thank you."), token);
        var triedInTheRequest = host.Cloud.ConnectorRequests.Count;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(6, triedInTheRequest); // the scenario, then five refusals of the scores
        await Channels.Slack.SlackTestHost.Eventually(() => host.Cloud.ConnectorRequests.Count == 7, "the scores redelivered", seconds: 15);
        Assert.NotNull(host.RepliesSent().Last()["value"]!["scores"]);
        Assert.Single(host.Cloud.ConnectorRequests.Skip(1).Select(r => r.Body!["id"]!.GetValue<string>()).Distinct()); // one activity id on every try
        Assert.Equal(1, host.Factory.Count("SELECT COUNT(*) FROM attempts"));
        await Channels.Slack.SlackTestHost.Eventually(() => host.Factory.Count("SELECT COUNT(*) FROM reply_outbox") == 0, "the outbox emptied");
    }

    [Fact]
    public async Task CardActions_CompleteAPractiseRoundTrip_WithInvokeResponses()
    {
        await using var host = await TeamsTestHost.StartAsync();
        var token = host.GoodToken();

        var practice = await Invoke(host, token, "practice bank");
        Assert.Equal(200, practice["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.card.adaptive", practice["type"]!.GetValue<string>());
        var scenarioTitle = practice["value"]!["body"]![0]!["text"]!.GetValue<string>();

        await host.PostAsync(host.Activity("message", "I'm so sorry about this. I'll sort it for you right now and call you by 5 pm. Thank you."), token);
        var scored = host.RepliesSent().Last();
        Assert.NotNull(scored["value"]!["scores"]);

        var retry = await Invoke(host, token, "retry");
        Assert.Equal(scenarioTitle, retry["value"]!["body"]![0]!["text"]!.GetValue<string>());
        Assert.Equal(1, host.Factory.Count("SELECT COUNT(*) FROM attempts WHERE ChannelId='msteams' AND UserId='29:alex'"));
    }

    [Fact]
    public async Task Invoke_WithoutExecuteAction_Is400InTheBody_AndUnknownInvokeIs501()
    {
        await using var host = await TeamsTestHost.StartAsync();
        var bad = host.Activity("invoke");
        bad["name"] = "adaptiveCard/action";
        bad["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Submit" } };
        var unknown = host.Activity("invoke");
        unknown["name"] = "composeExtension/query";

        var badBody = await (await host.PostAsync(bad, host.GoodToken())).Content.ReadFromJsonAsync<JsonObject>();
        var unknownResponse = await host.PostAsync(unknown, host.GoodToken());

        Assert.Equal(400, badBody!["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.error", badBody["type"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotImplemented, unknownResponse.StatusCode);
    }

    [Fact]
    public async Task Welcome_IsSentOncePerPerson()
    {
        await using var host = await TeamsTestHost.StartAsync();
        var update = host.Activity("conversationUpdate");
        update["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "29:alex" });
        var install = host.Activity("installationUpdate");
        install["action"] = "add";

        await host.PostAsync(update, host.GoodToken());
        await host.PostAsync(install, host.GoodToken());
        await host.PostAsync(update, host.GoodToken());

        Assert.Single(host.RepliesSent(), r => Activities.TextOf(r).Contains("Welcome!", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SimultaneousFirstActivities_AllSucceed_AndWelcomeOnce()
    {
        await using var host = await TeamsTestHost.StartAsync();
        var token = host.GoodToken();
        var update = host.Activity("conversationUpdate");
        update["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "29:alex" });
        var install = host.Activity("installationUpdate");
        install["action"] = "add";

        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => host.PostAsync(
            i % 3 == 0 ? update : i % 3 == 1 ? install : host.Activity("message", "help"), token)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Single(host.RepliesSent(), r => Activities.TextOf(r).StartsWith("Welcome!", StringComparison.Ordinal));
    }

    [Fact]
    public async Task InAChannel_TheBotAnswersOnlyWhenMentioned_AndStripsTheMention()
    {
        await using var host = await TeamsTestHost.StartAsync();
        var chatter = host.Activity("message", "practice bank", conversationType: "channel");
        var mention = host.Activity("message", "<at>CoachBot</at> practice bank", conversationType: "channel");
        mention["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = "<at>CoachBot</at>",
            ["mentioned"] = new JsonObject { ["id"] = "28:" + TeamsTestHost.AppId, ["name"] = "CoachBot" },
        });

        await host.PostAsync(chatter, host.GoodToken());
        Assert.Empty(host.RepliesSent());

        await host.PostAsync(mention, host.GoodToken());
        Assert.Contains("The cash machine kept my card", Activities.TextOf(Assert.Single(host.RepliesSent())));
        Assert.Equal(1, host.Factory.Count("SELECT COUNT(*) FROM conversation_references WHERE Scope='Conversation' AND ScopeId='19:general@thread.tacv2'"));
    }

    [Fact]
    public async Task Proactive_ToAPersonSeenOnlyInAChannel_CreatesThe1on1ConversationWithTheTenant()
    {
        await using var host = await TeamsTestHost.StartAsync();
        await host.PostAsync(host.Activity("message", "hello team", conversationType: "channel"), host.GoodToken());

        using var scope = host.Factory.Services.CreateScope();
        var sent = await Teams(scope).SendToUserAsync("29:alex", new BotReply("Your daily moment of truth is ready."), default);

        Assert.Equal("a:created-1on1", sent.ConversationId);
        var requests = host.Cloud.ConnectorRequests.ToList();
        var create = Assert.Single(requests, r => r.Path == "/connector/v3/conversations");
        Assert.Equal("tenant-1", create.Body!["tenantId"]!.GetValue<string>());
        Assert.Equal("29:alex", create.Body["members"]![0]!["id"]!.GetValue<string>());
        Assert.Contains(requests, r => r.Path == "/connector/v3/conversations/a%3Acreated-1on1/activities" && Activities.TextOf(r.Body).Contains("daily moment", StringComparison.Ordinal));
        Assert.Equal("a:created-1on1", host.Factory.Strings("SELECT ConversationId FROM conversation_references WHERE Scope='User' AND ScopeId='29:alex'").Single());
    }

    [Fact]
    public async Task UntrustedServiceUrl_InAProactiveSend_GetsNoToken()
    {
        await using var host = await TeamsTestHost.StartAsync();
        var store = host.Factory.Services.GetRequiredService<IConversationReferenceStore>();
        await store.SaveAsync(new ConversationReference("msteams", ReferenceScope.User, "29:mallory", "a:x", host.Cloud.ServiceUrl, "tenant-1",
            "28:" + TeamsTestHost.AppId, "CoachBot", "Mallory", ServiceUrlTrusted: false, DateTimeOffset.UtcNow), default);

        using var scope = host.Factory.Services.CreateScope();
        var sent = await Teams(scope).SendToUserAsync("29:mallory", new BotReply("hi"), default);

        Assert.NotNull(sent.UnreachableReason);
        Assert.Empty(host.Cloud.ConnectorRequests);
        Assert.Equal(0, host.Cloud.TokenRequests);
    }

    private static IMessageSender Teams(IServiceScope scope) =>
        scope.ServiceProvider.GetServices<IMessageSender>().Single(s => s.ChannelId == "msteams");

    private static async Task<JsonObject> Invoke(TeamsTestHost host, string token, string verb)
    {
        var activity = host.Activity("invoke");
        activity["name"] = "adaptiveCard/action";
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = new JsonObject { ["action"] = verb } },
            ["trigger"] = "manual",
        };
        var response = await host.PostAsync(activity, token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }
}

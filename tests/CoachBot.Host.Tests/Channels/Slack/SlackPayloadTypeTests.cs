using CoachBot.Host.Tests.Jobs;

namespace CoachBot.Host.Tests.Channels.Slack;

/// <summary>What CoachBot sends to Slack, type-checked with tsc --strict against @slack/web-api's argument types.</summary>
[Collection(HangfireCollection.Name)]
public sealed class SlackPayloadTypeTests(SlackPayloadsSent sent) : IClassFixture<SlackPayloadsSent>
{
    [Fact]
    public void EveryPayloadSentToSlack_TypeChecksAgainstTheWebApiArgumentTypes()
    {
        var real = sent.Errors.Where(e => e.Key != SlackPayloadsSent.Misspelt).ToList();

        Assert.True(real.All(e => e.Value.Count == 0), string.Join("\n", real.Where(e => e.Value.Count > 0).Select(e => $"{e.Key}: {string.Join("; ", e.Value)}")) + "\n" + sent.Output);
        var methods = sent.Payloads.Select(p => p!["method"]!.GetValue<string>()).ToHashSet();
        Assert.Superset(new HashSet<string> { "chat.postMessage", "chat.postEphemeral", "views.open", "response_url" }, methods);
        Assert.Contains(sent.Payloads, p => p!["name"]!.GetValue<string>().EndsWith("response_url #1", StringComparison.Ordinal));
        var names = sent.Payloads.Select(p => p!["name"]!.GetValue<string>()).ToList();
        Assert.Contains(names, n => n.StartsWith("the scheduled prompt: chat.postMessage", StringComparison.Ordinal));
        Assert.Contains(sent.Payloads, p => p!["payload"]!["blocks"]?.AsArray().Any(b => b!["type"]!.GetValue<string>() == "image") == true);
        Assert.Contains(sent.Payloads, p => p!["payload"]!["metadata"]?["event_type"]?.GetValue<string>() == "coachbot_prompt");
    }

    [Fact]
    public void AMisspeltBlockType_FailsTheTypeCheck()
    {
        var errors = sent.Errors[SlackPayloadsSent.Misspelt];

        Assert.Contains(errors, e => e.Contains("TS2353", StringComparison.Ordinal) && e.Contains("'Block'", StringComparison.Ordinal));
    }
}

using CoachBot.Host.Channels.Slack;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.Host.Tests.Channels.Slack;

public sealed class SlackApiClientTests
{
    [Fact]
    public async Task UsersInfo_IsCached_APostToAUserIdGivesTheDm_AndOkFalseSurfacesSlacksErrorCode()
    {
        await using var host = await SlackTestHost.StartAsync();
        var api = host.Factory.Services.GetRequiredService<SlackApiClient>();

        var first = await api.UserInfoAsync("U42", default);
        var second = await api.UserInfoAsync("U42", default);
        var dm = await api.PostDirectMessageAsync("U42", "hi", null, null, default);
        await api.UpdateAsync("C1", "1700000000.000100", "edited", null, default);
        host.Slack.Failures["chat.postMessage"] = new(["not_in_channel"]);
        var refused = await Assert.ThrowsAsync<SlackApiException>(() => api.PostMessageAsync("C9", "hi", null, null, default));

        Assert.Equal("Europe/London", first["tz"]!.GetValue<string>());
        Assert.Same(first, second);
        Assert.Single(host.Slack.CallsTo("users.info"));
        Assert.Equal("D-U42", dm);
        Assert.Empty(host.Slack.CallsTo("conversations.open"));
        Assert.Equal("edited", host.Slack.CallsTo("chat.update").Single()["text"]!.GetValue<string>());
        Assert.Equal("not_in_channel", refused.Error);
    }

    [Fact]
    public async Task ResponseUrl_OutsideSlack_IsNotCalled()
    {
        await using var host = await SlackTestHost.StartAsync();
        var api = host.Factory.Services.GetRequiredService<SlackApiClient>();

        await api.RespondAsync("http://127.0.0.2:9/steal", [], default);
        await api.RespondAsync(host.Slack.ResponseUrl, new() { ["text"] = "ok" }, default);

        Assert.Equal("ok", Assert.Single(host.Slack.Hooks)["text"]!.GetValue<string>());
    }
}

using System.Net;
using System.Security.Cryptography;
using CoachBot.Host.Tests.Channels.Teams;

namespace CoachBot.Host.Tests.Security;

/// <summary>The Bot Framework's signing keys cannot be fetched: tokens are refused with 401, the metadata is not hammered, and the last good keys go on working.</summary>
public sealed class SigningKeyOutageTests
{
    [Fact]
    public async Task MetadataUnreachable_ForgedTokensGet401_AndFetchTheMetadataAtMostOnce()
    {
        await using var host = await TeamsTestHost.StartAsync(new Dictionary<string, string> { ["BotFramework:UnknownKeyRefreshGap"] = "00:05:00" });
        host.Cloud.MetadataDown = true;

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 20; i++)
        {
            var forged = host.Cloud.Token(TeamsTestHost.AppId, host.Cloud.ServiceUrl, key: RSA.Create(2048), keyId: "forged-" + i);
            statuses.Add((await host.PostAsync(host.Activity("message", "practice bank"), forged)).StatusCode);
        }

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.Unauthorized, s));
        Assert.Equal(1, host.Cloud.MetadataRequests);
        Assert.Equal(0, host.Factory.Count("SELECT COUNT(*) FROM dialog_states"));
    }

    [Fact]
    public async Task StaleKeys_AndTheRefreshFails_RealTrafficGoesOn_WithTheLastGoodKeys()
    {
        await using var host = await TeamsTestHost.StartAsync(new Dictionary<string, string> { ["BotFramework:SigningKeyRefresh"] = "00:00:00" }); // always stale
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(host.Activity("message", "help"), host.GoodToken())).StatusCode);
        host.Cloud.MetadataDown = true;

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5 || (host.Cloud.MetadataRequests < 2 && i < 200); i++)
        {
            statuses.Add((await host.PostAsync(host.Activity("message", "help"), host.GoodToken())).StatusCode);
            await Task.Delay(20);
        }

        statuses.Add((await host.PostAsync(host.Activity("message", "help"), host.GoodToken())).StatusCode);
        Assert.True(host.Cloud.MetadataRequests >= 2, "a background refresh was tried");
        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
    }

    [Fact]
    public async Task MetadataHostDown_Is401_Not500()
    {
        await using var host = await TeamsTestHost.StartAsync(new Dictionary<string, string> { ["BotFramework:OpenIdMetadataUrl"] = "http://127.0.0.1:9/not-there" });

        var response = await host.PostAsync(host.Activity("message", "help"), host.GoodToken());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, host.Factory.Count("SELECT COUNT(*) FROM dialog_states"));
    }
}

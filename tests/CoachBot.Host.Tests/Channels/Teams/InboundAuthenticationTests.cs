using System.Net;
using System.Security.Cryptography;

using CoachBot.Host.Tests.Support;

namespace CoachBot.Host.Tests.Channels.Teams;

public sealed class InboundAuthenticationTests
{
    [Fact]
    public async Task ValidToken_IsAccepted_AndTheReplyCarriesTheBotsToken()
    {
        await using var host = await TeamsTestHost.StartAsync();

        var response = await host.PostAsync(host.Activity("message", "practice bank"), host.GoodToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var (_, path, authorization, body) = Assert.Single(host.Cloud.ConnectorRequests);
        Assert.StartsWith("/connector/v3/conversations/a%3Apersonal-alex/activities/", path, StringComparison.Ordinal);
        Assert.Equal("Bearer " + Support.FakeBotFrameworkCloud.OutboundToken, authorization);
        Assert.Contains("The cash machine kept my card", Activities.TextOf(body));
    }

    public static TheoryData<string> BadTokens => new()
    {
        "missing", "expired", "wrong-audience", "wrong-issuer", "unknown-key", "tampered", "serviceurl-mismatch", "not-endorsed", "not-a-jwt", "basic-scheme",
    };

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task BadToken_Is401_AndNothingIsProcessedOrStored(string kind)
    {
        await using var host = await TeamsTestHost.StartAsync();
        var activity = host.Activity("message", "practice bank");
        if (kind == "not-endorsed")
        {
            host.Cloud.Endorsements = ["webchat"];
        }

        var token = kind switch
        {
            "missing" => null,
            "expired" => host.Cloud.Token(TeamsTestHost.AppId, host.Cloud.ServiceUrl, expires: DateTime.UtcNow.AddMinutes(-6)),
            "wrong-audience" => host.Cloud.Token("someone-else", host.Cloud.ServiceUrl),
            "wrong-issuer" => host.Cloud.Token(TeamsTestHost.AppId, host.Cloud.ServiceUrl, issuer: "https://evil.example.com"),
            "unknown-key" => host.Cloud.Token(TeamsTestHost.AppId, host.Cloud.ServiceUrl, key: RSA.Create(2048), keyId: "key-unknown"),
            "tampered" => Tamper(host.GoodToken()),
            "serviceurl-mismatch" => host.Cloud.Token(TeamsTestHost.AppId, "https://smba.trafficmanager.net/other/"),
            "not-a-jwt" => "abc.def",
            _ => host.GoodToken(),
        };
        using var raw = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = System.Net.Http.Json.JsonContent.Create(activity) };
        raw.Headers.Authorization = new("Basic", token);

        var response = kind == "basic-scheme" ? await host.Client.SendAsync(raw) : await host.PostAsync(activity, token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(host.Cloud.ConnectorRequests);
        Assert.Equal(0, host.Factory.Count("SELECT COUNT(*) FROM dialog_states"));
        Assert.Equal(0, host.Factory.Count("SELECT COUNT(*) FROM conversation_references"));
    }

    [Fact]
    public async Task RotatedSigningKey_IsFetchedWhenATokenNamesIt()
    {
        await using var host = await TeamsTestHost.StartAsync();
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(host.Activity("message", "help"), host.GoodToken())).StatusCode);

        host.Cloud.SigningKey = RSA.Create(2048);
        host.Cloud.KeyId = "key-2";

        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(host.Activity("message", "help"), host.GoodToken())).StatusCode);
    }

    private static string Tamper(string jwt)
    {
        var parts = jwt.Split('.');
        var payload = Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Decode(parts[1]).Replace(TeamsTestHost.AppId, "99999999-2222-3333-4444-555555555555", StringComparison.Ordinal);
        parts[1] = Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(payload);
        return string.Join('.', parts);
    }
}

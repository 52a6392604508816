using System.Text;
using CoachBot.Host.Channels.Slack;

namespace CoachBot.Host.Tests.Channels.Slack;

/// <summary>Slack's published test vector (docs: verifying requests from Slack), byte for byte.</summary>
public sealed class SlackSignatureTests
{
    private const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";
    private const string Timestamp = "1531420618";
    private const string Body = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
    private const string Expected = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";
    private static readonly DateTimeOffset Then = DateTimeOffset.FromUnixTimeSeconds(1531420618);

    [Fact]
    public void PublishedVector_Computes() => Assert.Equal(Expected, SlackSignature.Compute(Secret, Timestamp, Encoding.UTF8.GetBytes(Body)));

    [Fact]
    public void PublishedVector_PassesAtItsTime() => Assert.Null(SlackSignature.Check(Secret, Timestamp, Expected, Encoding.UTF8.GetBytes(Body), Then));

    [Fact]
    public void AlteredBody_Fails() => Assert.Equal("signature mismatch", SlackSignature.Check(Secret, Timestamp, Expected, Encoding.UTF8.GetBytes(Body + "------"), Then));

    [Fact]
    public void SameRequestSixMinutesLater_IsStale() => Assert.Equal("stale or malformed timestamp", SlackSignature.Check(Secret, Timestamp, Expected, Encoding.UTF8.GetBytes(Body), Then.AddMinutes(6)));

    [Fact]
    public void MissingHeaders_Fail() => Assert.NotNull(SlackSignature.Check(Secret, null, null, Encoding.UTF8.GetBytes(Body), Then));
}

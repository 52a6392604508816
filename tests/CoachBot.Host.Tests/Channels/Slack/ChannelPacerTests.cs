using CoachBot.Host.Channels.Slack;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Host.Tests.Channels.Slack;

public sealed class ChannelPacerTests
{
    [Fact]
    public async Task SecondPostToAChannel_WaitsOutTheInterval_OtherChannelsDoNot()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        var pacer = new ChannelPacer(Options.Create(new SlackOptions { ChannelPostInterval = TimeSpan.FromSeconds(1) }), clock);
        (await pacer.WaitTurnAsync("C1", default)).Dispose();

        var sameChannel = pacer.WaitTurnAsync("C1", default);
        var otherChannel = pacer.WaitTurnAsync("C2", default);

        Assert.True(otherChannel.IsCompletedSuccessfully);
        await Task.Delay(50);
        Assert.False(sameChannel.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(1));
        (await sameChannel.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
        (await otherChannel).Dispose();
    }
}

using CoachBot.Host.Tests.Jobs;

namespace CoachBot.Host.Tests.Channels.Teams;

/// <summary>The Adaptive Cards CoachBot sends, parsed and validated by Microsoft's adaptivecards package.</summary>
[Collection(HangfireCollection.Name)]
public sealed class AdaptiveCardValidationTests(TeamsCardsSent sent) : IClassFixture<TeamsCardsSent>
{
    [Fact]
    public void EveryCardSentToTeams_PassesTheAdaptiveCardsValidation()
    {
        var real = sent.Errors.Where(e => e.Key != TeamsCardsSent.Broken).ToList();

        Assert.True(real.All(e => e.Value.Count == 0), string.Join("\n", real.Where(e => e.Value.Count > 0).Select(e => $"{e.Key}: {string.Join("; ", e.Value)}")) + "\n" + sent.Output);
        var names = sent.Cards.Select(c => c!["name"]!.GetValue<string>()).ToList();
        Assert.Contains(names, n => n.StartsWith("the industry choice", StringComparison.Ordinal));
        Assert.Contains(names, n => n.StartsWith("the scores", StringComparison.Ordinal));
        Assert.Contains(names, n => n.StartsWith("progress", StringComparison.Ordinal));
        Assert.Contains(names, n => n.StartsWith("a manager's team report", StringComparison.Ordinal));
        Assert.Contains(names, n => n.StartsWith("an invoke response", StringComparison.Ordinal));
        Assert.Contains(names, n => n.StartsWith("the scheduled prompt", StringComparison.Ordinal));
        Assert.All(sent.Cards, c => Assert.Equal("1.5", c!["card"]!["version"]!.GetValue<string>())); // the latest Teams renders
    }

    [Fact]
    public void ABrokenCard_FailsTheValidation()
    {
        var errors = sent.Errors[TeamsCardsSent.Broken];

        Assert.Contains(errors, e => e.StartsWith("UnknownElementType", StringComparison.Ordinal) && e.Contains("TextBlokc", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("InvalidPropertyValue", StringComparison.Ordinal) && e.Contains("Huge", StringComparison.Ordinal));
    }
}

using CoachBot.Core.People;

namespace CoachBot.Host.Tests.Channels.Slack;

/// <summary>
/// A Slack user's language: their own choice, else the directory's, else their Slack locale (users.info with
/// include_locale), else the default. The fake Slack answers users.info as Slack does.
/// </summary>
public sealed class SlackLocaleTests
{
    [Fact]
    public async Task ASlackUserWhoseLocaleIsRussian_GetsHelpInRussian_AndUsersInfoIsAskedOnce()
    {
        await using var host = await SlackTestHost.StartAsync();
        host.Slack.Locales["U1"] = "ru-RU";

        await host.PostJsonAsync("/slack/events", SlackTestHost.Event("help", eventId: "Ev1"));
        await host.PostJsonAsync("/slack/events", SlackTestHost.Event("help", eventId: "Ev2"));

        await SlackTestHost.Eventually(() => host.Slack.CallsTo("chat.postMessage").Count == 2, "both help replies");
        Assert.All(host.Slack.CallsTo("chat.postMessage"), m => Assert.StartsWith("Я CoachBot", m["text"]!.GetValue<string>(), StringComparison.Ordinal));
        var lookup = Assert.Single(host.Slack.CallsTo("users.info"));
        Assert.Equal("true", lookup["include_locale"]!.GetValue<string>()); // a form field: users.info does not read JSON bodies
        Assert.Equal("U1", lookup["user"]!.GetValue<string>());
        Assert.Equal("ru", host.Factory.Strings("SELECT Platform FROM user_languages WHERE UserId = 'U1'").Single());
    }

    [Fact]
    public async Task UsersInfoRefused_FallsBackToTheDefaultLanguage_Silently()
    {
        await using var host = await SlackTestHost.StartAsync();
        host.Slack.Locales["U1"] = "ru-RU";
        host.Slack.Failures["users.info"] = new(["missing_scope"]);

        await host.PostJsonAsync("/slack/events", SlackTestHost.Event("help", eventId: "Ev1"));

        await SlackTestHost.Eventually(() => host.Slack.CallsTo("chat.postMessage").Count == 1, "the help reply");
        Assert.StartsWith("I'm CoachBot", host.Slack.CallsTo("chat.postMessage")[0]["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheDirectorysLanguage_BeatsTheSlackLocale_AndTheirOwnChoiceBeatsBoth()
    {
        await using var host = await SlackTestHost.StartAsync();
        host.Slack.Locales["U1"] = "ru-RU";
        await host.Factory.Services.GetRequiredService<IPeopleDirectory>().ImportAsync(
            [new Person("p-bat", "Bat-Erdene", null, "Front desk", null, Role.Employee, [new ChatAccount("slack", "U1")], Language: "mn")], CancellationToken.None);

        await host.PostJsonAsync("/slack/events", SlackTestHost.Event("help", eventId: "Ev1"));
        await SlackTestHost.Eventually(() => host.Slack.CallsTo("chat.postMessage").Count == 1, "the help reply");
        await host.PostJsonAsync("/slack/events", SlackTestHost.Event("language en", eventId: "Ev2"));
        await host.PostJsonAsync("/slack/events", SlackTestHost.Event("help", eventId: "Ev3"));
        await SlackTestHost.Eventually(() => host.Slack.CallsTo("chat.postMessage").Count == 3, "the language and help replies");

        var texts = host.Slack.CallsTo("chat.postMessage").Select(m => m["text"]!.GetValue<string>()).ToList();
        Assert.StartsWith("Би CoachBot", texts[0], StringComparison.Ordinal);
        Assert.StartsWith("I'm CoachBot", texts[2], StringComparison.Ordinal);
        Assert.Empty(host.Slack.CallsTo("users.info"));
    }
}

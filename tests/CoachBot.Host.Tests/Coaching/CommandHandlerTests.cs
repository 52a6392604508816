using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CoachBot.Core.Coaching;
using CoachBot.Core.Scheduling;
using CoachBot.Core.Texts;
using CoachBot.Host.Tests.Support;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoachBot.Host.Tests.Coaching;

/// <summary>A feature's chat commands plug into the dialog by registering an <see cref="ICommandHandler"/>; a chat turn finds them.</summary>
public sealed class CommandHandlerTests : IDisposable
{
    private readonly string _data = CoachBotFactory.NewDataDirectory();
    private readonly string _otherData = CoachBotFactory.NewDataDirectory();

    [Fact]
    public async Task AHandlerRegisteredInTheHost_AnswersItsCommand_InThePersonsLanguage_AndTheOpenScenarioStaysOpen()
    {
        using var factory = new CoachBotFactory(_data) { TestServices = s => s.AddTransient<ICommandHandler, PingCommand>() };
        var client = factory.CreateClient();
        await Post(client, new { userId = "web-ping", text = "practice restaurant", locale = "ru" });

        var ping = await Post(client, new { userId = "web-ping", text = "ping", locale = "ru" });
        var scored = await Post(client, new { userId = "web-ping", text = "Oh no, on your mother's 70th! I'm so sorry. I'll join two tables for you in ten minutes." });

        Assert.Equal("pong (ru)", Assert.Single(ping["replies"]!.AsArray())!["text"]!.GetValue<string>());
        Assert.NotNull(scored["replies"]![0]!["scores"]);
        Assert.Equal(1, factory.Count("SELECT COUNT(*) FROM attempts WHERE UserId='web-ping'"));
    }

    [Fact]
    public async Task AHostWithoutTheSchedulingHandler_DoesNotKnowItsWords_AndTheDialogSaysSo()
    {
        using var with = new CoachBotFactory(_data);
        using var without = new CoachBotFactory(_otherData)
        {
            TestServices = s => s.RemoveAll<ICommandHandler>().AddTransient<ICommandHandler, CoachBot.Core.Reports.ReportCommands>(),
        };

        var known = await Post(with.CreateClient(), new { userId = "web-sched", text = "schedules" });
        var unknown = await Post(without.CreateClient(), new { userId = "web-sched", text = "schedules" });

        Assert.StartsWith("You have no schedules.", known["replies"]![0]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.StartsWith("I don't know the command \"schedules\".", unknown["replies"]![0]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain(without.Services.GetServices<ICommandHandler>(), h => h is ScheduleCommands);
    }

    private static async Task<JsonObject> Post(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/webchat/messages", body);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    public void Dispose()
    {
        Directory.Delete(_data, recursive: true);
        Directory.Delete(_otherData, recursive: true);
    }

    private sealed class PingCommand : ICommandHandler
    {
        public bool Handles(string? text) => text?.Trim() == "ping";

        public Task<BotReply> HandleAsync(TextCatalogue t, ChatAddress from, string text, CancellationToken cancellationToken) =>
            Task.FromResult(new BotReply($"pong ({t.Code})"));
    }
}

using CoachBot.Core.Content;
using CoachBot.Core.Progress;
using CoachBot.Core.Scoring;
using Microsoft.Extensions.Logging;

namespace CoachBot.Core.Coaching;

/// <summary>The coaching dialog, the same for every channel: one incoming message in, replies out.</summary>
public sealed partial class CoachingService(
    ContentPack content,
    IAnswerScorer scorer,
    ICoachingStore store,
    TimeProvider time,
    ILogger<CoachingService> logger,
    Scheduling.SchedulingService? scheduling = null,
    Reports.ReportCommands? reports = null)
{
    private readonly Replies _replies = new(content);

    public async Task<IReadOnlyList<BotReply>> HandleAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        if (reports is not null && message.Action is null && Reports.ReportCommands.Handles(message.Text))
        {
            return [await reports.HandleAsync(message.Address, message.Text!, cancellationToken)];
        }

        if (scheduling is not null && message.Action is null && Scheduling.SchedulingService.IsSchedulingCommand(message.Text))
        {
            return [await scheduling.HandleCommandAsync(message.Address, message.Text!, cancellationToken)];
        }

        var now = time.GetUtcNow();
        var state = await store.GetDialogAsync(message.Address, cancellationToken) ?? DialogState.New(message.Address, now);
        var open = state.OpenScenarioId is { } id ? content.FindScenario(id) : null;
        var command = CommandParser.Parse(message);
        if (open is not null && command.Kind == CommandKind.Unknown && message.Action is null && !command.Argument!.StartsWith('/'))
        {
            command = new Command(CommandKind.FreeText, command.Argument);
        }

        return command.Kind switch
        {
            CommandKind.Help => [_replies.Help()],
            CommandKind.Practice => await StartAsync(state, command.Argument, now, cancellationToken),
            CommandKind.Next => await StartAsync(state, SameIndustryIfUnseen(state, open), now, cancellationToken),
            CommandKind.Retry when open is not null => [_replies.Scenario(open)],
            CommandKind.ModelAnswer when open is not null => [_replies.ModelAnswer(open)],
            CommandKind.Retry or CommandKind.ModelAnswer => [NothingOpen()],
            CommandKind.Progress => [await ProgressAsync(message.Address, cancellationToken)],
            CommandKind.Stop => await StopAsync(state, open, now, cancellationToken),
            CommandKind.Empty => [open is null ? _replies.Help("I didn't get any text.") : new BotReply("Your answer was empty. Type what you would say to the customer.")],
            CommandKind.Unknown => [_replies.Help($"I don't know the command \"{Shorten(command.Argument!)}\".")],
            _ when open is null => [_replies.Help("There's no open scenario to answer yet. Type \"practice\" to get one.")],
            _ => await AnswerAsync(state, open, message, command.Argument!, now, cancellationToken),
        };
    }

    /// <summary>Opens a given scenario for this person, e.g. from a channel prompt's Answer button; null if unknown.</summary>
    public async Task<BotReply?> OpenAsync(ChatAddress address, string scenarioId, CancellationToken cancellationToken)
    {
        if (content.FindScenario(scenarioId) is not { } scenario)
        {
            return null;
        }

        var now = time.GetUtcNow();
        var state = await store.GetDialogAsync(address, cancellationToken) ?? DialogState.New(address, now);
        await store.SaveDialogAsync(state.Open(scenario.Id, now), cancellationToken);
        return _replies.Scenario(scenario);
    }

    /// <summary>The first thing a new member of a conversation sees.</summary>
    public BotReply Welcome() => _replies.Help("Welcome!");

    private async Task<IReadOnlyList<BotReply>> StartAsync(DialogState state, string? topic, DateTimeOffset now, CancellationToken ct)
    {
        var candidates = content.ScenariosAbout(topic);
        if (candidates.Count == 0)
        {
            return [new BotReply($"I have no scenarios about \"{Shorten(topic!)}\". Try one of: {string.Join(", ", content.Topics())}, or just \"practice\".")];
        }

        var scenario = ScenarioPicker.Pick(candidates, state);
        await store.SaveDialogAsync(state.Open(scenario.Id, now), ct);
        return [_replies.Scenario(scenario)];
    }

    private async Task<IReadOnlyList<BotReply>> AnswerAsync(
        DialogState state, Scenario scenario, IncomingMessage message, string answer, DateTimeOffset now, CancellationToken ct)
    {
        if (answer.Length > CoachingLimits.MaxAnswerLength)
        {
            return [new BotReply($"That answer is {answer.Length:N0} characters; please keep it under {CoachingLimits.MaxAnswerLength:N0}, as you would say it to the customer. Nothing was saved.")];
        }

        var assessment = await scorer.ScoreAsync(scenario, answer, ct);
        if (!assessment.IsScored)
        {
            return [_replies.UnscorableLanguage()];
        }

        var attempt = new Attempt(Guid.NewGuid(), message.Address, scenario.Id, answer, assessment.ScorerName, now, assessment.Scores);
        await store.SaveAttemptAsync(attempt, state with { UpdatedAt = now }, ct);
        LogScored(attempt.Id, scenario.Id, assessment.ScorerName);
        return [_replies.Scores(scenario, assessment)];
    }

    private async Task<BotReply> ProgressAsync(ChatAddress address, CancellationToken ct)
    {
        var attempts = await store.GetAttemptsAsync(address.ChannelId, address.UserId, ct);
        return _replies.Progress(ProgressCalculator.Summarise(attempts, content.FrontlineStandards, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime))) with { IsPrivate = true };
    }

    private async Task<IReadOnlyList<BotReply>> StopAsync(DialogState state, Scenario? open, DateTimeOffset now, CancellationToken ct)
    {
        if (open is null)
        {
            return [new BotReply("Nothing is open. Type \"practice\" whenever you're ready.")];
        }

        await store.SaveDialogAsync(state with { OpenScenarioId = null, UpdatedAt = now }, ct);
        return [new BotReply($"Closed \"{open.Title}\". Type \"practice\" whenever you're ready for another.") { Actions = [CoachingActions.PracticeButton, CoachingActions.ProgressButton] }];
    }

    /// <summary>"next" stays in the industry being practised while it has scenarios this user has not seen.</summary>
    private string? SameIndustryIfUnseen(DialogState state, Scenario? open) =>
        open is not null && content.ScenariosAbout(open.Industry).Any(s => !state.RecentScenarioIds.Contains(s.Id)) ? open.Industry : null;

    private static BotReply NothingOpen() =>
        new("There's no open scenario. Type \"practice\" to get one.") { Actions = [CoachingActions.PracticeButton] };

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    [LoggerMessage(Level = LogLevel.Information, Message = "Scored attempt {AttemptId} on {ScenarioId} with {Scorer}")]
    private partial void LogScored(Guid attemptId, string scenarioId, string scorer);
}

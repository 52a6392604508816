using CoachBot.Core.Content;
using CoachBot.Core.Progress;
using CoachBot.Core.Scoring;
using CoachBot.Core.Texts;
using Microsoft.Extensions.Logging;

namespace CoachBot.Core.Coaching;

/// <summary>
/// The coaching dialog, the same for every channel: one incoming message in, replies out. A feature's typed commands
/// (scheduling, reports) go first to the <see cref="ICommandHandler"/> it registered.
/// </summary>
public sealed class CoachingService(
    ContentPack content,
    IAnswerScorer scorer,
    ICoachingStore store,
    TimeProvider time,
    ILogger<CoachingService> logger,
    IEnumerable<ICommandHandler>? commands = null,
    IUserLanguageStore? languages = null,
    CoachingOptions? options = null,
    People.IPeopleDirectory? directory = null,
    IEnumerable<IPlatformLocale>? platforms = null,
    IPracticeChoiceStore? practiceChoices = null,
    Spacing.IScenarioHistory? history = null)
{
    private readonly ICommandHandler[] _commands = commands?.ToArray() ?? [];
    private readonly Replies _replies = new(content);
    private readonly Spacing.ScenarioSpacing _spacing = new(store, time, history, directory);
    private readonly PracticeDialog _practice = new(content, store, practiceChoices, new Spacing.ScenarioSpacing(store, time, history, directory), new Replies(content));
    private readonly CommandParser _parser = new(content.Texts);
    private readonly AnswerScoring _answers = new(scorer, store, new Replies(content), logger);
    private readonly LanguageChooser _languages = new(content.Texts, languages, time, options?.DefaultLanguage, directory, platforms);

    public async Task<IReadOnlyList<BotReply>> HandleAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        // First, so that every command, a feature's too, answers in the person's language, and the platform's locale is
        // stored for the prompts sent to them later.
        var t = await _languages.ForAsync(message.Address, message.Locale, cancellationToken);
        // Typed only: a button's action belongs to the practice dialog.
        if (message.Action is null && _commands.FirstOrDefault(c => c.Handles(message.Text)) is { } handler)
        {
            return [await handler.HandleAsync(t, message.Address, message.Text!, cancellationToken)];
        }

        var now = time.GetUtcNow();
        var state = await store.GetDialogAsync(message.Address, cancellationToken) ?? DialogState.New(message.Address, now);
        var open = state.OpenScenarioId is { } id ? content.FindScenario(id) : null;
        var command = _parser.Parse(message);
        if (open is not null && message.Action is null && ((command.Kind == CommandKind.Unknown && !command.Argument!.StartsWith('/'))
            || (command.Kind == CommandKind.Language && !content.Texts.Speaks(content.Texts.CodeOf(command.Argument)) && command.Argument?.Contains(' ') == true)))
        {
            command = new Command(CommandKind.FreeText, message.Text!.Trim());
        }

        return command.Kind switch
        {
            CommandKind.Help => [_replies.Help(t)],
            CommandKind.Language => [await ChooseLanguageAsync(t, message.Address, command.Argument, cancellationToken)],
            CommandKind.Practice => await _practice.PracticeAsync(t, state, command.Argument, now, cancellationToken),
            CommandKind.ManagerPractice => await StartManagerAsync(t, state, message.Address, now, cancellationToken),
            CommandKind.Next when open?.IsForManagers == true => await StartManagerAsync(t, state, message.Address, now, cancellationToken),
            CommandKind.Next => await _practice.NextAsync(t, state, open, now, cancellationToken),
            CommandKind.Retry when open is not null => [_replies.Scenario(t, open)],
            CommandKind.ModelAnswer when open is not null => [_replies.ModelAnswer(t, open)],
            CommandKind.Retry or CommandKind.ModelAnswer => [NothingOpen(t)],
            CommandKind.Progress => [await ProgressAsync(t, message.Address, cancellationToken)],
            CommandKind.Stop => await StopAsync(t, state, open, now, cancellationToken),
            CommandKind.Empty => [open is null ? _replies.Help(t, t.Text("error.no-text")) : Replies.Reply(t, t.Text("error.empty-answer"))],
            CommandKind.Unknown => [_replies.Help(t, t.Text("error.unknown-command", ("command", Shorten(command.Argument!))))],
            _ when open is null => [_replies.Help(t, t.Text("error.nothing-to-answer"))],
            // Only emoji or symbols ("👍", "..."): nothing to score, so nothing is stored as an attempt.
            _ when !command.Argument!.Any(char.IsLetterOrDigit) => [Replies.Reply(t, t.Text("error.no-words-answer"))],
            _ => await _answers.AnswerAsync(t, state, open, message, command.Argument!, now, cancellationToken),
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
        await _spacing.GivenAsync(address.ChannelId, address.UserId, scenario.Id, cancellationToken);
        await store.SaveDialogAsync(state.Open(scenario.Id, now), cancellationToken);
        return _replies.Scenario(await _languages.ForAsync(address, null, cancellationToken), scenario);
    }

    /// <summary>The first thing a new member of a conversation sees, in their platform's language when it says.</summary>
    public BotReply Welcome(string? locale = null)
    {
        var t = content.Texts.CodeOf(locale) is { } code ? content.Texts.For(code) : _languages.Default;
        return _replies.Help(t, t.Text("help.welcome"));
    }

    /// <summary>The catalogue a person is spoken to in when no message of theirs is at hand (their answer form, a prompt).</summary>
    public Task<TextCatalogue> LanguageOfAsync(ChatAddress address, CancellationToken cancellationToken) =>
        _languages.StoredAsync(address.ChannelId, address.UserId, cancellationToken);

    private async Task<BotReply> ChooseLanguageAsync(TextCatalogue t, ChatAddress address, string? language, CancellationToken ct)
    {
        if (await _languages.ChooseAsync(address, language, ct) is { } chosen)
        {
            return Replies.Reply(chosen, chosen.Text("language.set"), CoachingActions.PracticeButton(chosen));
        }

        var codes = content.Texts.All.Select(c => c.Code).ToList();
        return Replies.Reply(t, t.Text("error.unknown-language", ("language", Shorten(language ?? "")), ("languages", string.Join(", ", codes)), ("example", codes[^1])));
    }

    /// <summary>The manager track, for people the directory knows as a manager, HR or an admin; anyone else is told so.</summary>
    private async Task<IReadOnlyList<BotReply>> StartManagerAsync(TextCatalogue t, DialogState state, ChatAddress address, DateTimeOffset now, CancellationToken ct)
    {
        var person = address.IsAnonymous || directory is null ? null : await directory.FindByAccountAsync(address.ChannelId, address.UserId, ct);
        if (person?.Role is not (People.Role.Manager or People.Role.Hr or People.Role.Admin) || content.ManagerScenarios.Count == 0)
        {
            return [Replies.Reply(t, t.Text("manager.for-managers-only"), CoachingActions.PracticeButton(t))];
        }

        return [await _practice.OpenManagerAsync(t, state, now, ct)];
    }

    private async Task<BotReply> ProgressAsync(TextCatalogue t, ChatAddress address, CancellationToken ct)
    {
        var attempts = await store.GetAttemptsAsync(address.ChannelId, address.UserId, ct);
        // Manager standards join the list once the person has been scored on one, so an employee's progress reads as before.
        var standards = content.FrontlineStandards
            .Concat(content.ManagerStandards.Where(m => attempts.Any(a => a.Scores.Any(s => s.StandardId == m.Id && s.Score is not null))))
            .ToList();
        return _replies.Progress(t, ProgressCalculator.Summarise(attempts, standards, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime))) with { IsPrivate = true };
    }

    private async Task<IReadOnlyList<BotReply>> StopAsync(TextCatalogue t, DialogState state, Scenario? open, DateTimeOffset now, CancellationToken ct)
    {
        if (open is null)
        {
            return [Replies.Reply(t, t.Text("stop.nothing-open"))];
        }

        await store.SaveDialogAsync(state with { OpenScenarioId = null, UpdatedAt = now }, ct);
        return [Replies.Reply(t, t.Text("stop.closed", ("title", open.In(t.Code).Title)), CoachingActions.PracticeButton(t), CoachingActions.ProgressButton(t))];
    }

    private static BotReply NothingOpen(TextCatalogue t) => Replies.Reply(t, t.Text("error.nothing-open"), CoachingActions.PracticeButton(t));

    internal static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}

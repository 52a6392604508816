using CoachBot.Core.Content;
using CoachBot.Core.Spacing;
using CoachBot.Core.Texts;

namespace CoachBot.Core.Coaching;

/// <summary>
/// <c>practice</c> and <c>next</c>. A person who has not chosen an industry is offered the choice; the choice is remembered,
/// and they go on through that industry's scenarios they have not had lately, told when none are left. Every pick is the
/// one spacing policy's, over what the person was given and answered on all their accounts. Without a choice store (a bare
/// dialog), any scenario will do.
/// </summary>
internal sealed class PracticeDialog(ContentPack content, ICoachingStore store, IPracticeChoiceStore? choices, ScenarioSpacing spacing, Replies replies)
{
    private readonly PracticeTopics _topics = new(content);

    public async Task<IReadOnlyList<BotReply>> PracticeAsync(TextCatalogue t, DialogState state, string? topic, DateTimeOffset now, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(topic))
        {
            return await ContinueAsync(t, state, null, offer: true, now, ct);
        }

        if (choices is not null && _topics.IsAny(topic))
        {
            return await ChooseAsync(t, state, null, now, ct);
        }

        if (choices is not null && _topics.IndustryOf(topic) is { } industry)
        {
            return await ChooseAsync(t, state, industry, now, ct);
        }

        // Another topic (a standard, a word of a title): a scenario about it, and the remembered industry stays.
        var about = content.ScenariosAbout(topic);
        return about.Count == 0
            ? [Replies.Reply(t, t.Text("error.no-such-topic", ("topic", CoachingService.Shorten(topic)), ("topics", replies.Topics(t))))]
            : [await OpenAsync(t, state, [about], now, ct)];
    }

    public Task<IReadOnlyList<BotReply>> NextAsync(TextCatalogue t, DialogState state, Scenario? open, DateTimeOffset now, CancellationToken ct) =>
        ContinueAsync(t, state, open, offer: false, now, ct);

    /// <summary>Opens the manager track's next scenario by the same policy.</summary>
    public Task<BotReply> OpenManagerAsync(TextCatalogue t, DialogState state, DateTimeOffset now, CancellationToken ct) =>
        OpenAsync(t, state, [content.ManagerScenarios], now, ct);

    /// <summary>Without a choice, "practice" offers one; "next" stays in the open scenario's industry while it has fresh ones, then any.</summary>
    private async Task<IReadOnlyList<BotReply>> ContinueAsync(TextCatalogue t, DialogState state, Scenario? open, bool offer, DateTimeOffset now, CancellationToken ct)
    {
        var choice = choices is null ? null : await choices.GetAsync(state.Address.ChannelId, state.Address.UserId, ct);
        if (choice is null)
        {
            return choices is not null && offer
                ? [Choice(t)]
                : [await OpenAsync(t, state, open is null ? [content.Scenarios] : [_topics.ScenariosOf(open.Industry), content.Scenarios], now, ct)];
        }

        var pool = _topics.ScenariosOf(choice.Industry);
        var seen = (await SeenAsync(state, ct)).Since(choice.AgainSince);
        if (choice.Industry is { } done && !seen.HasFresh(pool))
        {
            return [Exhausted(t, done)];
        }

        return [await OpenAsync(t, state, seen, [pool], now, ct)];
    }

    private async Task<IReadOnlyList<BotReply>> ChooseAsync(TextCatalogue t, DialogState state, string? industry, DateTimeOffset now, CancellationToken ct)
    {
        var previous = await choices!.GetAsync(state.Address.ChannelId, state.Address.UserId, ct);
        var same = previous is not null && previous.Industry == industry;
        var pool = _topics.ScenariosOf(industry);
        var seen = await SeenAsync(state, ct);
        var choice = same ? previous! : new PracticeChoice(industry);
        if (!seen.Since(choice.AgainSince).HasFresh(pool))
        {
            // Chosen again when all had lately, the industry starts over, from the scenario seen longest ago: the person asked for it.
            choice = choice with { AgainSince = now };
        }

        if (choice != previous)
        {
            await choices.SaveAsync(state.Address.ChannelId, state.Address.UserId, choice, now, ct);
        }

        var scenario = await OpenAsync(t, state, seen.Since(choice.AgainSince), [pool], now, ct);
        // A switch is confirmed, so the person knows it sticks; a first choice was explained by the offer (or needs no words).
        return previous is null || same ? [scenario]
            : [scenario, Replies.Reply(t, industry is null ? t.Text("practice.mixed") : t.Text("practice.chosen", ("topic", t.Topic(industry))))];
    }

    private async Task<BotReply> OpenAsync(TextCatalogue t, DialogState state, IReadOnlyList<IReadOnlyList<Scenario>> tiers, DateTimeOffset now, CancellationToken ct) =>
        await OpenAsync(t, state, await SeenAsync(state, ct), tiers, now, ct);

    private async Task<BotReply> OpenAsync(TextCatalogue t, DialogState state, SeenScenarios seen, IReadOnlyList<IReadOnlyList<Scenario>> tiers, DateTimeOffset now, CancellationToken ct)
    {
        var scenario = seen.Pick(tiers, state.OpenScenarioId);
        await spacing.GivenAsync(state.Address.ChannelId, state.Address.UserId, scenario.Id, ct);
        await store.SaveDialogAsync(state.Open(scenario.Id, now), ct);
        return replies.Scenario(t, scenario);
    }

    private Task<SeenScenarios> SeenAsync(DialogState state, CancellationToken ct) =>
        spacing.OfPersonAsync(state.Address.ChannelId, state.Address.UserId, state.Address.IsAnonymous, state, ct);

    private BotReply Choice(TextCatalogue t) =>
        Replies.Reply(t, t.Text("practice.choose", ("topics", replies.Topics(t))), [.. _topics.Industries.Select(i => IndustryButton(t, i)), AnyButton(t)]);

    private BotReply Exhausted(TextCatalogue t, string industry)
    {
        var others = _topics.Industries.Where(i => i != industry).ToList();
        var text = t.Text("practice.exhausted", ("topic", t.Topic(industry)), ("topics", string.Join(", ", others.Select(t.Topic))));
        return Replies.Reply(t, text, [.. others.Select(i => IndustryButton(t, i)), AnyButton(t),
            new ReplyAction(t.Text("practice.again-button", ("topic", t.Topic(industry))), PracticeTopics.Command(t, industry))]);
    }

    private static ReplyAction IndustryButton(TextCatalogue t, string industry) => new(Capitalised(t, t.Topic(industry)), PracticeTopics.Command(t, industry));

    private static ReplyAction AnyButton(TextCatalogue t) => new(t.Text("practice.any-button"), PracticeTopics.Command(t, null));

    private static string Capitalised(TextCatalogue t, string text) => text.Length == 0 ? text : char.ToUpper(text[0], t.Culture) + text[1..];
}

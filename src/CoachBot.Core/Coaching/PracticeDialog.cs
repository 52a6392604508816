using CoachBot.Core.Content;
using CoachBot.Core.Texts;

namespace CoachBot.Core.Coaching;

/// <summary>
/// <c>practice</c> and <c>next</c>. A person who has not chosen an industry is offered the choice; the choice is remembered,
/// and they go on through that industry's scenarios they have not had, told when none are left. Without a choice
/// store (a bare dialog), any scenario will do.
/// </summary>
internal sealed class PracticeDialog(ContentPack content, ICoachingStore store, IPracticeChoiceStore? choices, Replies replies)
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
        return await StartAnyAsync(t, state, content.ScenariosAbout(topic), topic, now, ct);
    }

    public Task<IReadOnlyList<BotReply>> NextAsync(TextCatalogue t, DialogState state, Scenario? open, DateTimeOffset now, CancellationToken ct) =>
        ContinueAsync(t, state, open, offer: false, now, ct);

    /// <summary>Without a choice, "practice" offers one; "next" gives any scenario, as it always has.</summary>
    private async Task<IReadOnlyList<BotReply>> ContinueAsync(TextCatalogue t, DialogState state, Scenario? open, bool offer, DateTimeOffset now, CancellationToken ct)
    {
        var choice = choices is null ? null : await choices.GetAsync(state.Address.ChannelId, state.Address.UserId, ct);
        if (choice is null)
        {
            return choices is not null && offer
                ? [Choice(t)]
                : await StartAnyAsync(t, state, content.ScenariosAbout(SameIndustryIfUnseen(state, open)), null, now, ct);
        }

        var pool = _topics.ScenariosOf(choice.Industry);
        if (!pool.Any(s => !choice.Seen.Contains(s.Id)))
        {
            if (choice.Industry is { } done)
            {
                return [Exhausted(t, done)];
            }

            choice = choice with { Seen = [] }; // a mix simply starts over
        }

        return [await OpenAsync(t, state, choice, pool, now, ct)];
    }

    private async Task<IReadOnlyList<BotReply>> ChooseAsync(TextCatalogue t, DialogState state, string? industry, DateTimeOffset now, CancellationToken ct)
    {
        var previous = await choices!.GetAsync(state.Address.ChannelId, state.Address.UserId, ct);
        var pool = _topics.ScenariosOf(industry);
        // The same industry again goes on where the person is in it, or starts it over when they have done it all.
        var same = previous is not null && previous.Industry == industry;
        var choice = same && pool.Any(s => !previous!.Seen.Contains(s.Id)) ? previous! : new PracticeChoice(industry, []);
        var scenario = await OpenAsync(t, state, choice, pool, now, ct);
        // A switch is confirmed, so the person knows it sticks; a first choice was explained by the offer (or needs no words).
        return previous is null || same ? [scenario]
            : [scenario, Replies.Reply(t, industry is null ? t.Text("practice.mixed") : t.Text("practice.chosen", ("topic", t.Topic(industry))))];
    }

    /// <summary>The first scenario of the pool not given since the choice, preferring one not seen recently in this conversation either.</summary>
    private async Task<BotReply> OpenAsync(TextCatalogue t, DialogState state, PracticeChoice choice, IReadOnlyList<Scenario> pool, DateTimeOffset now, CancellationToken ct)
    {
        var fresh = pool.Where(s => !choice.Seen.Contains(s.Id) && s.Id != state.OpenScenarioId).ToList();
        var scenario = fresh.FirstOrDefault(s => !state.RecentScenarioIds.Contains(s.Id)) ?? fresh.FirstOrDefault() ?? ScenarioPicker.Pick(pool, state);
        await choices!.SaveAsync(state.Address.ChannelId, state.Address.UserId, choice.Saw(scenario.Id), now, ct);
        await store.SaveDialogAsync(state.Open(scenario.Id, now), ct);
        return replies.Scenario(t, scenario);
    }

    private async Task<IReadOnlyList<BotReply>> StartAnyAsync(TextCatalogue t, DialogState state, IReadOnlyList<Scenario> candidates, string? topic, DateTimeOffset now, CancellationToken ct)
    {
        if (candidates.Count == 0)
        {
            return [Replies.Reply(t, t.Text("error.no-such-topic", ("topic", CoachingService.Shorten(topic!)), ("topics", replies.Topics(t))))];
        }

        var scenario = ScenarioPicker.Pick(candidates, state);
        await store.SaveDialogAsync(state.Open(scenario.Id, now), ct);
        return [replies.Scenario(t, scenario)];
    }

    /// <summary>Without a choice, "next" stays in the industry being practised while it has scenarios this user has not seen.</summary>
    private string? SameIndustryIfUnseen(DialogState state, Scenario? open) =>
        open is not null && content.ScenariosAbout(open.Industry).Any(s => !state.RecentScenarioIds.Contains(s.Id)) ? open.Industry : null;

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

using CoachBot.Core.Coaching;

namespace CoachBot.Core.Texts;

/// <summary>
/// The language to speak with a person, in order: their own choice, the directory's language for them, the platform's
/// locale (this message's, else the platform's profile, else the last one stored), then the configured default. The
/// platform's locale is stored when it changes, for scheduled prompts.
/// </summary>
public sealed class LanguageChooser(
    TextCatalogues catalogues,
    IUserLanguageStore? store,
    TimeProvider time,
    string? defaultLanguage = null,
    People.IPeopleDirectory? directory = null,
    IEnumerable<IPlatformLocale>? platforms = null)
{
    public TextCatalogue Default => catalogues.For(catalogues.CodeOf(defaultLanguage));

    /// <summary>The person's catalogue for a message that came with a platform locale (or none).</summary>
    public async Task<TextCatalogue> ForAsync(ChatAddress address, string? locale, CancellationToken ct)
    {
        var stored = store is null ? null : await store.GetAsync(address.ChannelId, address.UserId, ct);
        if (catalogues.Speaks(stored?.Chosen))
        {
            return catalogues.For(stored!.Chosen);
        }

        if (!address.IsAnonymous && await DirectoryLanguageAsync(address.ChannelId, address.UserId, ct) is { } listed)
        {
            return catalogues.For(listed);
        }

        var platform = catalogues.CodeOf(locale) ?? (address.IsAnonymous ? null : catalogues.CodeOf(await ProfileLocaleAsync(address.ChannelId, address.UserId, ct)));
        if (store is not null && platform is not null && platform != stored?.Platform)
        {
            await store.SaveAsync(address.ChannelId, address.UserId, new UserLanguage(stored?.Chosen, platform), time.GetUtcNow(), ct);
        }

        return Resolve(null, platform ?? stored?.Platform);
    }

    /// <summary>The stored language of an account, for a message nobody sent (a scheduled prompt).</summary>
    public async Task<TextCatalogue> StoredAsync(string channelId, string userId, CancellationToken ct)
    {
        var stored = store is null ? null : await store.GetAsync(channelId, userId, ct);
        if (catalogues.Speaks(stored?.Chosen))
        {
            return catalogues.For(stored!.Chosen);
        }

        return await DirectoryLanguageAsync(channelId, userId, ct) is { } listed
            ? catalogues.For(listed)
            : Resolve(null, stored?.Platform ?? catalogues.CodeOf(await ProfileLocaleAsync(channelId, userId, ct)));
    }

    /// <summary>Stores a person's own choice; false (and nothing stored) when CoachBot does not speak it.</summary>
    public async Task<TextCatalogue?> ChooseAsync(ChatAddress address, string? language, CancellationToken ct)
    {
        if (catalogues.CodeOf(language) is not { } code)
        {
            return null;
        }

        if (store is not null)
        {
            var stored = await store.GetAsync(address.ChannelId, address.UserId, ct);
            await store.SaveAsync(address.ChannelId, address.UserId, new UserLanguage(code, stored?.Platform), time.GetUtcNow(), ct);
        }

        return catalogues.For(code);
    }

    private async Task<string?> DirectoryLanguageAsync(string channelId, string userId, CancellationToken ct) =>
        directory is null ? null : catalogues.CodeOf((await directory.FindByAccountAsync(channelId, userId, ct))?.Language);

    private async Task<string?> ProfileLocaleAsync(string channelId, string userId, CancellationToken ct) =>
        platforms?.FirstOrDefault(p => p.ChannelId == channelId) is { } platform ? await platform.LocaleOfAsync(userId, ct) : null;

    private TextCatalogue Resolve(string? chosen, string? platform) =>
        catalogues.Speaks(chosen) ? catalogues.For(chosen) : catalogues.Speaks(platform) ? catalogues.For(platform) : Default;
}

using CoachBot.Core.Coaching;

namespace CoachBot.Core.Texts;

/// <summary>
/// The language to speak with a person, in order: their own choice, the platform's locale (this message's, else the last
/// one stored), then the configured default. The platform's locale is stored when it changes, for scheduled prompts.
/// </summary>
public sealed class LanguageChooser(TextCatalogues catalogues, IUserLanguageStore? store, TimeProvider time, string? defaultLanguage = null)
{
    public TextCatalogue Default => catalogues.For(catalogues.CodeOf(defaultLanguage));

    /// <summary>The person's catalogue for a message that came with a platform locale (or none).</summary>
    public async Task<TextCatalogue> ForAsync(ChatAddress address, string? locale, CancellationToken ct)
    {
        var platform = catalogues.CodeOf(locale);
        var stored = store is null ? null : await store.GetAsync(address.ChannelId, address.UserId, ct);
        if (store is not null && platform is not null && platform != stored?.Platform)
        {
            await store.SaveAsync(address.ChannelId, address.UserId, new UserLanguage(stored?.Chosen, platform), time.GetUtcNow(), ct);
        }

        return Resolve(stored?.Chosen, platform ?? stored?.Platform);
    }

    /// <summary>The stored language of an account, for a message nobody sent (a scheduled prompt).</summary>
    public async Task<TextCatalogue> StoredAsync(string channelId, string userId, CancellationToken ct)
    {
        var stored = store is null ? null : await store.GetAsync(channelId, userId, ct);
        return Resolve(stored?.Chosen, stored?.Platform);
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

    private TextCatalogue Resolve(string? chosen, string? platform) =>
        catalogues.Speaks(chosen) ? catalogues.For(chosen) : catalogues.Speaks(platform) ? catalogues.For(platform) : Default;
}

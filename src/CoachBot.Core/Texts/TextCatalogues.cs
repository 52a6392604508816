namespace CoachBot.Core.Texts;

/// <summary>The catalogues of every language CoachBot speaks; one of them is the fallback.</summary>
public sealed class TextCatalogues(IReadOnlyList<TextCatalogue> catalogues, string fallback)
{
    private readonly Dictionary<string, TextCatalogue> _byCode = catalogues.ToDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<TextCatalogue> All { get; } = catalogues;

    public TextCatalogue Fallback => _byCode[fallback];

    public bool Speaks(string? code) => code is not null && _byCode.ContainsKey(code);

    /// <summary>The catalogue of a language, or the fallback's when CoachBot does not speak it.</summary>
    public TextCatalogue For(string? code) => code is not null && _byCode.TryGetValue(code, out var c) ? c : Fallback;

    /// <summary>
    /// The language code of a locale CoachBot speaks ("ru-RU" → "ru", "mn_MN" → "mn", a language's own name → its code),
    /// or null.
    /// </summary>
    public string? CodeOf(string? locale)
    {
        var text = locale?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var language = text.Split('-', '_')[0];
        if (_byCode.TryGetValue(language, out var byCode))
        {
            return byCode.Code;
        }

        return All.FirstOrDefault(c => string.Equals(c.Name, text, StringComparison.OrdinalIgnoreCase))?.Code;
    }
}

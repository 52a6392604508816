using System.Globalization;
using System.Text.RegularExpressions;

namespace CoachBot.Core.Texts;

/// <summary>
/// Everything CoachBot says in one language (<c>prompts/ui/&lt;code&gt;.yml</c>): texts by key with <c>{placeholders}</c>,
/// plural forms chosen by the language's rules, the command words people type, and industry names.
/// </summary>
public sealed partial class TextCatalogue
{
    public required string Code { get; init; }

    /// <summary>The language's name in itself ("русский").</summary>
    public required string Name { get; init; }

    /// <summary>Plural categories in the order they are tried; the last always holds.</summary>
    public required IReadOnlyList<(string Category, PluralRule Rule)> Plurals { get; init; }

    public required IReadOnlyDictionary<string, string> Texts { get; init; }

    /// <summary>Keys whose text depends on a number: category → text.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> PluralTexts { get; init; }

    /// <summary>Command name (<c>practice</c>) → the words typed for it in this language.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> Commands { get; init; }

    /// <summary>Industry as the scenario files name it → its name in this language.</summary>
    public required IReadOnlyDictionary<string, string> Topics { get; init; }

    /// <summary>The schedule grammar's words in this language (<c>every-day</c> → "каждый день", "ежедневно"), phrases included.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> ScheduleWords { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
    /// <summary>Words typed after <c>practice</c>: under <c>any</c> the words for every industry mixed; under an industry, more names for it.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> PracticeWords { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    public CultureInfo Culture => _culture ??= CultureOf(Code);

    /// <summary>
    /// This catalogue with other texts (a text group's keys merged in). Written here, beside the fields, so that a
    /// field added later is carried over too: a copy made elsewhere once dropped the schedule words.
    /// </summary>
    internal TextCatalogue WithTexts(IReadOnlyDictionary<string, string> texts, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> pluralTexts) => new()
    {
        Code = Code, Name = Name, Plurals = Plurals, Texts = texts, PluralTexts = pluralTexts,
        Commands = Commands, Topics = Topics, ScheduleWords = ScheduleWords, PracticeWords = PracticeWords,
    };

    private CultureInfo? _culture;

    /// <summary>The text of a key with its placeholders filled; a key not in the catalogue is returned as it is.</summary>
    public string Text(string key, params (string Name, object? Value)[] values) =>
        Fill(Texts.GetValueOrDefault(key) ?? key, values);

    /// <summary>The form of a key that fits the number <c>{n}</c>, with its placeholders filled.</summary>
    public string Count(string key, long n, params (string Name, object? Value)[] values)
    {
        if (!PluralTexts.TryGetValue(key, out var forms))
        {
            return key;
        }

        var category = Plurals.FirstOrDefault(p => p.Rule.Matches(n)).Category ?? Plurals[^1].Category;
        var text = forms.GetValueOrDefault(category) ?? forms.Values.First();
        return Fill(text, [("n", n), .. values]);
    }

    /// <summary>The industry as shown in this language.</summary>
    public string Topic(string industry) => Topics.GetValueOrDefault(industry) ?? industry;

    /// <summary>The <c>{name}</c> placeholders of a text.</summary>
    public static IReadOnlySet<string> PlaceholdersOf(string text) =>
        Placeholder().Matches(text).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    private string Fill(string text, (string Name, object? Value)[] values) =>
        values.Length == 0 ? text : Placeholder().Replace(text, m =>
        {
            var name = m.Groups[1].Value;
            foreach (var (n, value) in values)
            {
                if (n == name)
                {
                    return value is IFormattable f ? f.ToString(null, Culture) : value?.ToString() ?? "";
                }
            }

            return m.Value;
        });

    private static CultureInfo CultureOf(string code)
    {
        try
        {
            return CultureInfo.GetCultureInfo(code);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }

    [GeneratedRegex(@"\{([a-z][a-z0-9_]*)\}")]
    private static partial Regex Placeholder();
}

using CoachBot.Core.Texts;

namespace CoachBot.Core.Scheduling;

/// <summary>
/// The schedule grammar's words of every language in the catalogues, merged (a Russian speaker may type the English
/// grammar), and a cursor-style matcher for them: phrases are tried longest first and must end at a word boundary.
/// </summary>
internal sealed class ScheduleWords
{
    private readonly Dictionary<string, string[]> _words = new(StringComparer.Ordinal);

    public ScheduleWords(TextCatalogues catalogues)
    {
        foreach (var catalogue in catalogues.All)
        {
            foreach (var (key, words) in catalogue.ScheduleWords)
            {
                _words[key] = [.. (_words.GetValueOrDefault(key) ?? []).Concat(words).Distinct(StringComparer.OrdinalIgnoreCase).OrderByDescending(w => w.Length)];
            }
        }
    }

    /// <summary>Skips spaces, then matches one of the key's words; moves <paramref name="position"/> past it.</summary>
    public bool Take(string key, string text, ref int position)
    {
        var start = SkipSpaces(text, position);
        foreach (var word in _words.GetValueOrDefault(key) ?? [])
        {
            // A suffix written onto the time ("09:00-д") needs no space before it.
            var at = word.StartsWith('-') ? position : start;
            if (string.Compare(text, at, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0 && text.Length >= at + word.Length
                && IsBoundary(text, at + word.Length))
            {
                position = at + word.Length;
                return true;
            }
        }

        return false;
    }

    /// <summary>True when one of the key's words is next, without moving.</summary>
    public bool Peek(string key, string text, int position) => Take(key, text, ref position);

    public static int SkipSpaces(string text, int position)
    {
        while (position < text.Length && char.IsWhiteSpace(text[position]))
        {
            position++;
        }

        return position;
    }

    private static bool IsBoundary(string text, int index) =>
        index >= text.Length || char.IsWhiteSpace(text[index]) || text[index] is ',' or ':' or '"' or '«';
}

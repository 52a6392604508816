namespace CoachBot.Core.Scoring.Languages;

/// <summary>
/// Lower-cases exactly as <see cref="string.ToLowerInvariant()"/> does, from a table of its answer for every character:
/// the invariant culture lower-cases each character alone, and asking ICU anew for each text and sentence took about a
/// tenth of the time spent on a Cyrillic answer. A text with a surrogate pair still goes to ICU.
/// </summary>
internal static class InvariantLowerCase
{
    private static readonly char[] Table = Build();

    public static string Of(string text)
    {
        if (text.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF'))
        {
            return text.ToLowerInvariant();
        }

        return string.Create(text.Length, text, static (lower, text) => Map(text, lower));
    }

    /// <summary>Writes <paramref name="source"/> lower-cased to <paramref name="destination"/>, which is as long.</summary>
    public static void Into(ReadOnlySpan<char> source, Span<char> destination)
    {
        if (source.ContainsAnyInRange('\uD800', '\uDFFF'))
        {
            source.ToLowerInvariant(destination);
            return;
        }

        Map(source, destination);
    }

    private static void Map(ReadOnlySpan<char> source, Span<char> destination)
    {
        for (var k = 0; k < source.Length; k++)
        {
            destination[k] = Table[source[k]];
        }
    }

    private static char[] Build()
    {
        // Surrogates are lower-cased in pairs, never alone: they keep their place in the table and are never read from it.
        var every = new char[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            every[c] = char.IsSurrogate((char)c) ? ' ' : (char)c;
        }

        var table = new string(every).ToLowerInvariant().ToCharArray();
        for (var c = 0xD800; c <= 0xDFFF; c++)
        {
            table[c] = (char)c;
        }

        return table;
    }
}

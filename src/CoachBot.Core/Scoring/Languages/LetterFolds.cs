namespace CoachBot.Core.Scoring.Languages;

/// <summary>
/// Letters typed in place of others on keyboards that lack them (Mongolian chat writes ү as у and ө as о).
/// Answers and patterns are both read with each such letter as its stand-in, so one pattern reads either typing.
/// </summary>
public sealed class LetterFolds
{
    public static readonly LetterFolds None = new("", "");

    private readonly string _letters;
    private readonly string _standIns;

    public LetterFolds(string letters, string standIns)
    {
        if (letters.Length != standIns.Length)
        {
            throw new ArgumentException("every folded letter needs one stand-in", nameof(standIns));
        }

        _letters = letters;
        _standIns = standIns;
    }

    public bool IsEmpty => _letters.Length == 0;

    public void Apply(Span<char> text)
    {
        if (IsEmpty)
        {
            return;
        }

        foreach (ref var c in text)
        {
            if (_letters.IndexOf(c) is var at and >= 0)
            {
                c = _standIns[at];
            }
        }
    }

    public string Apply(string text)
    {
        if (IsEmpty || text.AsSpan().IndexOfAny(_letters) < 0)
        {
            return text;
        }

        var folded = text.ToCharArray();
        Apply(folded);
        return new string(folded);
    }
}

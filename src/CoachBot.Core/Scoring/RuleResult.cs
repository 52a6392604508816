namespace CoachBot.Core.Scoring;

/// <summary>Collects evidence while a rule decides a level.</summary>
internal sealed class RuleResult(string standardId)
{
    private readonly List<string> _evidence = [];

    public void Evidence(string? quote)
    {
        var trimmed = quote?.Trim().TrimEnd('.', ',', ';', '!');
        if (string.IsNullOrWhiteSpace(trimmed) || _evidence.Any(e => e.Contains(trimmed, StringComparison.Ordinal)))
        {
            return;
        }

        _evidence.RemoveAll(e => trimmed.Contains(e, StringComparison.Ordinal));
        _evidence.Add(trimmed);
    }

    public StandardScore Finish(int score, string? missing, string? tip) =>
        new(standardId, score, _evidence.ToList(), score == 3 ? null : missing, score == 3 ? null : tip);
}

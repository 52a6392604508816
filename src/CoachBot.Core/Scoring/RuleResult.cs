namespace CoachBot.Core.Scoring;

/// <summary>Collects evidence while a rule decides a level.</summary>
internal sealed class RuleResult(string standardId)
{
    private readonly List<string> _evidence = [];

    public void Evidence(string? quote)
    {
        if (!string.IsNullOrWhiteSpace(quote) && !_evidence.Contains(quote, StringComparer.Ordinal))
        {
            _evidence.Add(quote);
        }
    }

    public StandardScore Finish(int score, string? missing, string? tip) =>
        new(standardId, score, _evidence.ToList(), score == 3 ? null : missing, score == 3 ? null : tip);
}

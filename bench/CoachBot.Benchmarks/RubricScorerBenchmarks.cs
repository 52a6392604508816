using BenchmarkDotNet.Attributes;
using CoachBot.Core.Content;
using CoachBot.Core.Scoring;

namespace CoachBot.Benchmarks;

/// <summary>Answers per second of the offline scorer on one core, for a 90-word answer (target ≥ 5,000/s).</summary>
[MemoryDiagnoser]
public class RubricScorerBenchmarks
{
    // 90 words, as the target is stated.
    private const string Answer =
        "Oh no, your card, with your trip abroad on Thursday: that must be really worrying. Did the machine show any message before it kept it? "
        + "I'll block the card right now so nobody can use it, and I'll order an express replacement today; it normally arrives in two working days, "
        + "so by Wednesday at the latest. If it hasn't reached you by Wednesday noon, I'll have a temporary card ready here. "
        + "Thank you for telling us straight away. I'll call you on Wednesday morning to check, and text you too.";

    private RubricAnswerScorer _scorer = null!;
    private Scenario _scenario = null!;

    [GlobalSetup]
    public void Setup()
    {
        var pack = ContentLoader.Load(Path.Combine(AppContext.BaseDirectory, "prompts"));
        _scorer = new RubricAnswerScorer(pack);
        _scenario = pack.FindScenario("bank-card-swallowed")!;
    }

    [Benchmark]
    public AnswerAssessment ScoreNinetyWordAnswer() => _scorer.Score(_scenario, Answer);
}

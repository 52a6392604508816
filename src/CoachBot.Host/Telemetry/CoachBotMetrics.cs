using System.Diagnostics.Metrics;

namespace CoachBot.Host.Telemetry;

/// <summary>CoachBot's own instruments (Prometheus names in the README's *Metrics and traces*), recorded by the host's edges, not by Core.</summary>
public sealed class CoachBotMetrics
{
    public const string MeterName = "CoachBot";
    public const string ScoreHistogram = "coachbot.answer.score";

    private readonly Counter<long> _answersScored;
    private readonly Histogram<int> _scores;
    private readonly Counter<long> _llmFallbacks;
    private readonly Counter<long> _prompts;
    private long _redeliveriesWaiting;
    private readonly Counter<long> _outboundCalls;

    public CoachBotMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _answersScored = meter.CreateCounter<long>("coachbot.answers.scored", description: "Answers scored, by scorer and answer language");
        _scores = meter.CreateHistogram<int>(ScoreHistogram, description: "Scores 0-3 given, per standard");
        _llmFallbacks = meter.CreateCounter<long>("coachbot.llm.fallbacks", description: "Answers the LLM scorer could not score, scored offline instead");
        _prompts = meter.CreateCounter<long>("coachbot.prompts", description: "Scheduled prompts: due (claimed), sent, failed (given up after retries)");
        meter.CreateObservableGauge("coachbot.redeliveries.waiting", () => Interlocked.Read(ref _redeliveriesWaiting), description: "Replies waiting in the outbox (of every instance) to be posted again, as last counted here");
        _outboundCalls = meter.CreateCounter<long>("coachbot.outbound.calls", description: "Calls to Slack's Web API and the Bot Connector, by HTTP status");
    }

    public void AnswerScored(string scorer, string language, IEnumerable<(string Standard, int Score)> scores)
    {
        _answersScored.Add(1, new("scorer", scorer), new("language", language));
        foreach (var (standard, score) in scores)
        {
            _scores.Record(score, new KeyValuePair<string, object?>("standard", standard));
        }
    }

    public void LlmFallback() => _llmFallbacks.Add(1);

    public void PromptsDue(int count) => _prompts.Add(count, new KeyValuePair<string, object?>("outcome", "due"));

    public void PromptSent() => _prompts.Add(1, new KeyValuePair<string, object?>("outcome", "sent"));

    public void PromptFailed() => _prompts.Add(1, new KeyValuePair<string, object?>("outcome", "failed"));

    public void RedeliveriesWaiting(int count) => Interlocked.Exchange(ref _redeliveriesWaiting, count);

    public void OutboundCall(string api, string method, string status) =>
        _outboundCalls.Add(1, new("api", api), new("method", method), new("status", status));
}

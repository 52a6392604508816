using CoachBot.Core.Content;
using CoachBot.Core.Scoring;
using CoachBot.Core.Scoring.Signals;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;

namespace CoachBot.Llm;

/// <summary>
/// Asks an LLM, through Semantic Kernel, the rubric's signal checklist, and turns its answers into 0-3 with the
/// same level rules as the offline scorer. A reply that breaks the schema or quotes words the employee never
/// said is retried once; then, or when the model is slow, down or throttled, the offline scorer answers and the
/// stored scorer name says so. An answer in a language the offline scorer cannot read is not scored at all.
/// </summary>
public sealed partial class LlmAnswerScorer(
    IChatCompletionService chat,
    LlmPrompt prompt,
    RubricAnswerScorer offline,
    LlmScoringOptions options,
    ILogger<LlmAnswerScorer> logger) : IAnswerScorer
{
    public string Name => "llm:" + options.Model;

    public async Task<AnswerAssessment> ScoreAsync(Scenario scenario, string answer, CancellationToken cancellationToken)
    {
        // An answer in a language no scorer reads is not scored (there are no tips in its language), so it is never sent.
        if (offline.LanguageOf(answer) is not { } language)
        {
            return offline.Score(scenario, answer);
        }

        var (signals, problem) = await AskAsync(scenario, answer, cancellationToken);
        if (signals is not null)
        {
            return offline.Decide(scenario, language, WithNoMessage(signals, offline.ReadSignals(scenario, answer, language)), Name);
        }

        LogFallback(problem!, scenario.Id);
        var fallback = offline.Score(scenario, answer);
        return fallback with { ScorerName = $"{fallback.ScorerName} (llm fallback: {Short(problem!)})" };
    }

    private async Task<(IReadOnlyDictionary<string, string?>? Signals, string? Problem)> AskAsync(Scenario scenario, string answer, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.TimeoutSeconds));
        var asked = prompt.SignalsFor(scenario);
        try
        {
            var history = new ChatHistory(prompt.System(scenario));
            history.AddUserMessage(LlmPrompt.User(scenario, answer));
            for (var attempt = 1; ; attempt++)
            {
                var reply = await chat.GetChatMessageContentAsync(history, Settings(), cancellationToken: timeout.Token);
                LogUsage(Name, reply.Metadata?.GetValueOrDefault("Usage") is OpenAI.Chat.ChatTokenUsage u ? u.InputTokenCount : -1,
                    reply.Metadata?.GetValueOrDefault("Usage") is OpenAI.Chat.ChatTokenUsage o ? o.OutputTokenCount : -1);
                var (signals, invalid) = LlmReply.Parse(reply.Content ?? "", answer, asked);
                if (signals is not null || attempt == 2)
                {
                    return (signals, invalid is null ? null : "invalid reply: " + invalid);
                }

                history.AddAssistantMessage(reply.Content ?? "");
                history.AddUserMessage($"That reply was rejected: {invalid}. Reply again with the JSON object only, answering every signal and quoting the answer word for word.");
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, "timeout");
        }
        catch (HttpOperationException ex)
        {
            return (null, ex.StatusCode is { } status ? $"HTTP {(int)status}" : "unreachable");
        }
        catch (HttpRequestException)
        {
            return (null, "unreachable");
        }
    }

    /// <summary>An answer the offline reading finds empty of any message stays so, whatever the model makes of it.</summary>
    private static IReadOnlyDictionary<string, string?> WithNoMessage(IReadOnlyDictionary<string, string?> model, IReadOnlyDictionary<string, string?> offlineReading)
    {
        if (model.ContainsKey(BuiltInSignals.NoMessage) || !offlineReading.TryGetValue(BuiltInSignals.NoMessage, out var quote))
        {
            return model;
        }

        return new Dictionary<string, string?>(model, StringComparer.Ordinal) { [BuiltInSignals.NoMessage] = quote };
    }

    private static string Short(string problem) => problem.StartsWith("invalid", StringComparison.Ordinal) ? "invalid reply" : problem;

    private static OpenAIPromptExecutionSettings Settings() => new()
    {
        Temperature = 0,
        Seed = 7,
        ResponseFormat = "json_object",
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "LLM scorer {Scorer} used {InputTokens} input and {OutputTokens} output tokens")]
    private partial void LogUsage(string scorer, int inputTokens, int outputTokens);

    [LoggerMessage(Level = LogLevel.Warning, Message = "LLM scorer fell back to the offline scorer on {ScenarioId}: {Problem}")]
    private partial void LogFallback(string problem, string scenarioId);
}

using CoachBot.Core.Content;
using CoachBot.Core.Scoring;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;

namespace CoachBot.Llm;

/// <summary>
/// Scores with an LLM through Semantic Kernel. A reply that breaks the schema or quotes words the employee
/// never said is retried once; then, or when the model is slow, down or throttled, the offline scorer answers
/// and the stored scorer name says so.
/// </summary>
public sealed partial class LlmAnswerScorer(
    IChatCompletionService chat,
    LlmPrompt prompt,
    IAnswerScorer fallback,
    LlmScoringOptions options,
    ILogger<LlmAnswerScorer> logger) : IAnswerScorer
{
    public string Name => "llm:" + options.Model;

    public async Task<AnswerAssessment> ScoreAsync(Scenario scenario, string answer, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.TimeoutSeconds));
        string? problem;
        try
        {
            var history = new ChatHistory(prompt.System(scenario));
            history.AddUserMessage(LlmPrompt.User(scenario, answer));
            for (var attempt = 1; ; attempt++)
            {
                var reply = await chat.GetChatMessageContentAsync(history, Settings(), cancellationToken: timeout.Token);
                LogUsage(Name, reply.Metadata?.GetValueOrDefault("Usage") is OpenAI.Chat.ChatTokenUsage u ? u.InputTokenCount : -1,
                    reply.Metadata?.GetValueOrDefault("Usage") is OpenAI.Chat.ChatTokenUsage o ? o.OutputTokenCount : -1);
                var (scores, invalid) = LlmReply.Parse(reply.Content ?? "", scenario, answer, prompt.FrontlineStandardIds);
                if (scores is not null)
                {
                    return new AnswerAssessment(scenario.Id, Name, scores);
                }

                problem = "invalid reply: " + invalid;
                if (attempt == 2)
                {
                    break;
                }

                history.AddAssistantMessage(reply.Content ?? "");
                history.AddUserMessage($"That reply was rejected: {invalid}. Reply again with the JSON object only, quoting the answer word for word.");
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            problem = "timeout";
        }
        catch (HttpOperationException ex)
        {
            problem = ex.StatusCode is { } status ? $"HTTP {(int)status}" : "unreachable";
        }
        catch (HttpRequestException)
        {
            problem = "unreachable";
        }

        LogFallback(problem, scenario.Id);
        var offline = await fallback.ScoreAsync(scenario, answer, cancellationToken);
        return offline with { ScorerName = $"{offline.ScorerName} (llm fallback: {Short(problem)})" };
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

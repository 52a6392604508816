using System.ClientModel;
using System.ClientModel.Primitives;
using CoachBot.Core.Content;
using CoachBot.Core.Scoring;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using OpenAI;

namespace CoachBot.Llm;

/// <summary>Builds the LLM scorer on Semantic Kernel's OpenAI connector, for the host and the CLI alike.</summary>
public static class LlmScorerFactory
{
    public static LlmAnswerScorer Create(LlmScoringOptions options, string contentDirectory, ContentPack content, RubricAnswerScorer offline, ILoggerFactory logging)
    {
        var client = new OpenAIClient(new ApiKeyCredential(string.IsNullOrEmpty(options.ApiKey) ? "none" : options.ApiKey), new OpenAIClientOptions
        {
            Endpoint = new Uri(options.Endpoint!),
            // One attempt per call: a slow or throttled model falls back to the offline scorer at once.
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            NetworkTimeout = TimeSpan.FromSeconds(options.TimeoutSeconds),
        });
        var kernel = Kernel.CreateBuilder().AddOpenAIChatCompletion(options.Model, client).Build();
        return new LlmAnswerScorer(kernel.GetRequiredService<IChatCompletionService>(), LlmPrompt.Load(contentDirectory, options, content),
            offline, options, logging.CreateLogger<LlmAnswerScorer>());
    }
}

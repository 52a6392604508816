namespace CoachBot.Llm;

/// <summary>
/// An OpenAI-compatible chat-completions endpoint (OpenAI, Azure OpenAI's v1 API, Ollama, vLLM). The LLM
/// scorer is used only when <see cref="Endpoint"/> is set; the offline scorer stays the fallback.
/// </summary>
public sealed class LlmScoringOptions
{
    public const string SectionName = "Scoring:Llm";

    /// <summary>Base URL, e.g. https://api.openai.com/v1 or http://localhost:11434/v1.</summary>
    public string? Endpoint { get; set; }

    public string Model { get; set; } = "gpt-4o-mini";

    /// <summary>From an environment variable (Scoring__Llm__ApiKey), never the repository. Some local servers need none.</summary>
    public string? ApiKey { get; set; }

    public double TimeoutSeconds { get; set; } = 20;

    /// <summary>The prompt template and few-shot examples, relative to the content folder.</summary>
    public string PromptFile { get; set; } = "llm/score-answer.md";

    public string ExamplesFile { get; set; } = "llm/examples.yml";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Endpoint);
}

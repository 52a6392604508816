using System.CommandLine;
using CoachBot.Core.Scoring;
using CoachBot.Llm;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace CoachBot.Cli.Commands;

/// <summary>"--scorer offline|llm|both": the offline rubric scorer, the LLM scorer from Scoring:Llm, or both side by side.</summary>
internal static class ScorerOption
{
    public static Option<string> Create() => new("--scorer")
    {
        Description = "offline (default), llm (needs Scoring:Llm:Endpoint, e.g. env Scoring__Llm__Endpoint), or both",
        DefaultValueFactory = _ => "offline",
    };

    /// <summary>The scorers asked for, or null after printing why they cannot be built.</summary>
    public static IReadOnlyList<IAnswerScorer>? Build(string choice, string contentDirectory, Core.Content.ContentPack pack)
    {
        if (choice is not ("offline" or "llm" or "both"))
        {
            Console.Error.WriteLine($"--scorer must be offline, llm or both; got '{choice}'.");
            return null;
        }

        var offline = new RubricAnswerScorer(pack);
        if (choice == "offline")
        {
            return [offline];
        }

        var options = CliSettings.Load().Configuration.GetSection(LlmScoringOptions.SectionName).Get<LlmScoringOptions>() ?? new LlmScoringOptions();
        if (!options.IsConfigured)
        {
            Console.Error.WriteLine("The LLM scorer needs an endpoint: set Scoring:Llm:Endpoint (environment variable Scoring__Llm__Endpoint), and Scoring__Llm__Model / Scoring__Llm__ApiKey as needed.");
            return null;
        }

        var llm = LlmScorerFactory.Create(options, contentDirectory, pack, offline, NullLoggerFactory.Instance);
        return choice == "llm" ? [llm] : [offline, llm];
    }
}

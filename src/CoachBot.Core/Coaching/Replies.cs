using System.Globalization;
using System.Text;
using CoachBot.Core.Content;
using CoachBot.Core.Progress;
using CoachBot.Core.Scoring;

namespace CoachBot.Core.Coaching;

/// <summary>Builds the channel-neutral replies, each with a complete plain-text rendering.</summary>
internal sealed class Replies(ContentPack content)
{
    public BotReply Help(string? preface = null)
    {
        var text = new StringBuilder();
        if (preface is not null)
        {
            text.AppendLine(preface).AppendLine();
        }

        text.AppendLine("I'm CoachBot. I give you a customer's moment of truth; you type what you would say; I score it against our service standards and coach you to a better answer.")
            .AppendLine()
            .AppendLine("Commands:")
            .AppendLine("  practice [topic]  start a scenario (topics: " + string.Join(", ", content.Topics()) + ")")
            .AppendLine("  retry             show the same scenario again and have another go")
            .AppendLine("  model answer      show a model answer to the scenario")
            .AppendLine("  next              move on to another scenario")
            .AppendLine("  progress          your average, trend and streak per standard")
            .AppendLine("  stop              close the open scenario")
            .AppendLine("  my data           a download link for everything stored about you")
            .AppendLine("  team [name]       managers: your team's last 28 days, and who has not practised this week")
            .AppendLine("  report            HR: the company's last 28 days, team by team")
            .AppendLine("  help              this message")
            .AppendLine()
            .Append("While a scenario is open, anything else you type is your answer to the customer.");
        return new BotReply(text.ToString()) { Actions = [CoachingActions.PracticeButton, CoachingActions.ProgressButton] };
    }

    public BotReply Scenario(Scenario scenario)
    {
        var names = scenario.Standards.Select(id => content.FindStandard(id)?.Name ?? id).ToList();
        var text = $"Scenario: {scenario.Title} ({scenario.Industry}, {scenario.Step})\n"
            + $"The customer's goal: {scenario.Goal}\n\n"
            + $"Customer: \"{scenario.CustomerSays}\"\n\n"
            + $"Assessed on: {string.Join(", ", names)}.\nType what you would say to the customer.";
        return new BotReply(text)
        {
            Scenario = new ScenarioCard(scenario.Id, scenario.Title, scenario.Industry, scenario.Step, scenario.Goal, scenario.CustomerSays, names),
            Actions = [CoachingActions.ModelAnswerButton, CoachingActions.NextButton],
        };
    }

    /// <summary>
    /// An answer in a language no scorer reads: nothing is stored, and the reply says so in every language the
    /// scorer reads, since the person's own language is not known from such an answer.
    /// </summary>
    public BotReply UnscorableLanguage() =>
        new(string.Join("\n\n", content.Languages.Select(l => l.Message("unscorable-language")))) { Actions = [CoachingActions.ModelAnswerButton] };

    public BotReply Scores(Scenario scenario, AnswerAssessment assessment)
    {
        var lines = assessment.Scores
            .Select(s => new ScoreLine(s.StandardId, content.FindStandard(s.StandardId)?.Name ?? s.StandardId, s.Score, s.Evidence, s.Missing, s.Tip))
            .ToList();
        var text = new StringBuilder($"Your scores for \"{scenario.Title}\" (0-3):\n");
        foreach (var line in lines)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n• {line.StandardName}: {(line.Score?.ToString(CultureInfo.InvariantCulture) ?? "n/a")}");
            if (line.Score is null)
            {
                continue;
            }

            text.Append(line.Evidence.Count > 0 ? $"\n  You said: {string.Join(" … ", line.Evidence.Select(e => $"\"{e}\""))}" : "");
            text.Append(line.Missing is null ? "" : $"\n  Missing: {line.Missing}");
            text.Append(line.Tip is null ? "" : $"\n  Tip: {line.Tip}");
        }

        text.Append("\n\nType a better answer to try again, or choose: model answer, next.");
        return new BotReply(text.ToString())
        {
            Scores = new ScoreCard(scenario.Id, assessment.ScorerName, lines),
            Actions = [CoachingActions.RetryButton, CoachingActions.ModelAnswerButton, CoachingActions.NextButton],
        };
    }

    public BotReply ModelAnswer(Scenario scenario) =>
        new($"A model answer for \"{scenario.Title}\":\n\n\"{scenario.ModelAnswer}\"\n\nNotice how it names the concern, asks one question, commits to a time with a margin, owns the goal and closes the loop. Type your own version to try again.")
        {
            Actions = [CoachingActions.RetryButton, CoachingActions.NextButton],
        };

    public BotReply Progress(ProgressCard progress)
    {
        if (progress.Attempts == 0)
        {
            return new BotReply("No practice yet. Type \"practice\" to start your first scenario.") { Progress = progress, Actions = [CoachingActions.PracticeButton] };
        }

        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"Your progress: {progress.Summary}.\n");
        foreach (var s in progress.Standards)
        {
            var average = s.Average is double a ? a.ToString("0.0", CultureInfo.InvariantCulture) : "-";
            text.Append(CultureInfo.InvariantCulture, $"\n• {s.StandardName}: average {average} over {s.Attempts}, latest {(s.Latest?.ToString(CultureInfo.InvariantCulture) ?? "-")}, trend {s.Trend.Describe()}");
        }

        return new BotReply(text.ToString()) { Progress = progress, Actions = [CoachingActions.PracticeButton] };
    }
}

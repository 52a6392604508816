using System.Globalization;
using System.Text;
using CoachBot.Core.Content;
using CoachBot.Core.Progress;
using CoachBot.Core.Scoring;
using CoachBot.Core.Texts;

namespace CoachBot.Core.Coaching;

/// <summary>Builds the channel-neutral replies in one person's language, each with a complete plain-text rendering.</summary>
internal sealed class Replies(ContentPack content)
{
    public BotReply Help(TextCatalogue t, string? preface = null)
    {
        var text = new StringBuilder();
        if (preface is not null)
        {
            text.AppendLine(preface).AppendLine();
        }

        text.AppendLine(t.Text("help.intro"))
            .AppendLine()
            .AppendLine(t.Text("help.commands", ("topics", Topics(t)), ("language", t.Name)))
            .AppendLine(t.Text("manager.help"))
            .AppendLine()
            .Append(t.Text("help.answering"));
        return Reply(t, text.ToString()) with { Actions = [CoachingActions.PracticeButton(t), CoachingActions.ProgressButton(t)] };
    }

    public BotReply Scenario(TextCatalogue t, Scenario original)
    {
        var scenario = original.In(t.Code);
        var names = scenario.Standards.Select(id => StandardName(t, id)).ToList();
        var industry = t.Topic(scenario.Industry);
        var assessedOn = t.Text("scenario.assessed-on", ("standards", string.Join(", ", names)));
        // A manager answers a situation with their team or service, not a customer: the same card, other words.
        var (goal, says, goalLabel, instruction, formSays, formLabel) = scenario.IsForManagers
            ? ("manager.goal", "manager.situation", "manager.goal-label", "manager.instruction", "manager.answer-form-situation", "manager.answer-form-label")
            : ("scenario.goal", "scenario.customer-says", "scenario.goal-label", "scenario.instruction", "answer-form.customer-says", "answer-form.label");
        var text = t.Text("scenario.heading", ("title", scenario.Title), ("industry", industry), ("step", scenario.Step)) + "\n"
            + t.Text(goal, ("goal", scenario.Goal)) + "\n\n"
            + t.Text(says, ("customer_says", scenario.CustomerSays)) + "\n\n"
            + assessedOn + "\n" + t.Text(instruction);
        var labels = new ScenarioLabels(t.Text("scenario.industry"), t.Text("scenario.step"), t.Text(goalLabel), assessedOn, t.Text(instruction),
            new AnswerFormLabels(t.Text("button.answer"), t.Text("answer-form.title"), t.Text("answer-form.submit"), t.Text("answer-form.cancel"),
                t.Text(formSays), t.Text(formLabel)));
        return Reply(t, text) with
        {
            Scenario = new ScenarioCard(scenario.Id, scenario.Title, industry, scenario.Step, scenario.Goal, scenario.CustomerSays, names) { Labels = labels },
            Actions = [CoachingActions.ModelAnswerButton(t), CoachingActions.NextButton(t)],
        };
    }

    /// <summary>
    /// An answer in a language no scorer reads: nothing is stored, and the reply says so in every language the
    /// scorer reads, since the answer shows the person may not read the one they chose; theirs comes first.
    /// </summary>
    public BotReply UnscorableLanguage(TextCatalogue t) =>
        new(string.Join("\n\n", content.Languages.OrderBy(l => l.Code == t.Code ? 0 : 1).Select(l => l.Message("unscorable-language"))))
        {
            Actions = [CoachingActions.ModelAnswerButton(t)],
        };

    /// <summary>The scores in the person's language, with the quotes, what is missing and the tip in the language they answered in.</summary>
    public BotReply Scores(TextCatalogue t, Scenario original, AnswerAssessment assessment)
    {
        var scenario = original.In(t.Code);
        var lines = OnceEachCoaching(assessment.Scores.Select(s => Line(t, s)));
        var text = new StringBuilder(t.Text("scores.heading", ("title", scenario.Title))).Append('\n');
        foreach (var line in lines)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n• {line.StandardName}: {(line.Score?.ToString(CultureInfo.InvariantCulture) ?? line.ScoreText)}");
            if (line.Score is null)
            {
                continue;
            }

            text.Append(line.EvidenceText is null ? "" : "\n  " + line.EvidenceText);
            text.Append(line.MissingText is null ? "" : "\n  " + line.MissingText);
            text.Append(line.TipText is null ? "" : "\n  " + line.TipText);
        }

        text.Append("\n\n").Append(t.Text("scores.next-steps"));
        return Reply(t, text.ToString()) with
        {
            Scores = new ScoreCard(scenario.Id, assessment.ScorerName, lines)
            {
                Heading = t.Text("scores.card-heading"),
                ScoredBy = t.Text("scores.scored-by", ("scorer", assessment.ScorerName)),
                Scale = t.Text("scores.scale"),
            },
            Actions = [CoachingActions.RetryButton(t), CoachingActions.ModelAnswerButton(t), CoachingActions.NextButton(t)],
        };
    }

    public BotReply ModelAnswer(TextCatalogue t, Scenario original)
    {
        var scenario = original.In(t.Code);
        return Reply(t, t.Text("model-answer.text", ("title", scenario.Title), ("answer", scenario.ModelAnswer))) with
        {
            Actions = [CoachingActions.RetryButton(t), CoachingActions.NextButton(t)],
        };
    }

    public BotReply Progress(TextCatalogue t, ProgressCard progress)
    {
        if (progress.Attempts == 0)
        {
            return Reply(t, t.Text("progress.none")) with { Progress = progress, Actions = [CoachingActions.PracticeButton(t)] };
        }

        var standards = progress.Standards.Select(s => s with { StandardName = StandardName(t, s.StandardId) }).ToList();
        var summary = t.Text("progress.summary", ("answers", t.Count("progress.answers", progress.Attempts)), ("scenarios", t.Count("progress.scenarios", progress.ScenariosPractised)))
            + (progress.StreakDays > 0 ? " · " + t.Count("progress.streak", progress.StreakDays) : "");
        var lines = standards.ToDictionary(s => s.StandardId, s => s.Average is double a
            ? t.Text("progress.line", ("average", a.ToString("0.0", t.Culture)), ("attempts", s.Attempts), ("latest", s.Latest?.ToString(t.Culture) ?? "-"), ("trend", s.Trend.Describe(t)))
            : t.Text("progress.not-practised"));
        var text = new StringBuilder(t.Text("progress.text-heading", ("summary", summary))).Append('\n');
        foreach (var s in standards)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n• {s.StandardName}: {lines[s.StandardId]}");
        }

        return Reply(t, text.ToString()) with
        {
            Progress = progress with
            {
                Standards = standards,
                Labels = new ProgressLabels(t.Text("progress.heading"), summary, lines)
                {
                    Streak = progress.StreakDays > 0 ? t.Count("progress.streak", progress.StreakDays) : t.Text("progress.no-streak"),
                },
            },
            Actions = [CoachingActions.PracticeButton(t)],
        };
    }

    /// <summary>A plain reply in the person's language, with buttons given by the caller.</summary>
    public static BotReply Reply(TextCatalogue t, string text, params ReplyAction[] actions) => new(text) { Language = t.Code, Actions = actions };

    public string Topics(TextCatalogue t) => string.Join(", ", content.Topics().Select(t.Topic));

    private string StandardName(TextCatalogue t, string id) => content.FindStandard(id)?.In(t.Code).Name ?? id;

    // A checklist or a blank form is coached once, under the first standard, not four times over.
    private static List<ScoreLine> OnceEachCoaching(IEnumerable<ScoreLine> lines)
    {
        var shown = new HashSet<(string?, string?)>();
        return lines.Select(l =>
        {
            var coaching = (l.MissingText, l.TipText);
            var repeated = coaching != (null, null) && !shown.Add(coaching);
            return repeated ? l with { MissingText = null, TipText = null } : l;
        }).ToList();
    }

    // Evidence, what is missing and the tip stay in the answer's language (issue 19): the employee wrote in it.
    private ScoreLine Line(TextCatalogue t, StandardScore s)
    {
        return new ScoreLine(s.StandardId, StandardName(t, s.StandardId), s.Score, s.Evidence, s.Missing, s.Tip)
        {
            ScoreText = s.Score is int n ? string.Create(CultureInfo.InvariantCulture, $"{n}/3") : t.Text("scores.not-assessed"),
            EvidenceText = s.Score is not null && s.Evidence.Count > 0 ? t.Text("scores.you-said", ("quotes", string.Join(" … ", s.Evidence.Select(e => t.Text("scores.quote", ("text", e)))))) : null,
            TipText = s.Score is not null && s.Tip is not null ? t.Text("scores.tip", ("tip", s.Tip)) : null,
            MissingText = s.Score is not null && s.Missing is not null ? t.Text("scores.missing", ("missing", s.Missing)) : null,
        };
    }
}

using System.Text;
using CoachBot.Core.Coaching;
using CoachBot.Core.People;
using CoachBot.Core.Progress;
using CoachBot.Core.Texts;

namespace CoachBot.Core.Reports;

/// <summary>
/// The chat side of reports: "team" for managers, "report" for HR, and "my data" for everyone, typed in any language's
/// command words and answered in the person's language (<c>team.*</c>, <c>report.*</c>, <c>data.*</c> in the catalogue).
/// </summary>
public sealed class ReportCommands(ReportService reports, IPeopleDirectory directory, TimeProvider time, IDataExportLinks? links = null, IChartLinks? charts = null)
    : ICommandHandler
{
    private const int WindowDays = 28;

    private readonly Dictionary<string, string> _words = WordsOf(reports.Content.Texts);

    public bool Handles(string? text) => Parse(text) is not null;

    public async Task<BotReply> HandleAsync(TextCatalogue t, ChatAddress from, string text, CancellationToken cancellationToken)
    {
        var (command, argument) = Parse(text)!.Value;
        var person = from.IsAnonymous ? null : await directory.FindByAccountAsync(from.ChannelId, from.UserId, cancellationToken);
        var reply = command switch
        {
            "my-data" => MyData(t, person, from),
            "report" => await CompanyAsync(t, person, cancellationToken),
            _ => await TeamAsync(t, person, argument, cancellationToken),
        };
        return reply with { Language = t.Code };
    }

    private (string Command, string? Argument)? Parse(string? text)
    {
        var normalised = string.Join(' ', (text ?? "").Trim().TrimStart('/').TrimEnd('.', '!', '?').Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (_words.TryGetValue(normalised, out var whole))
        {
            return (whole, null);
        }

        var space = normalised.IndexOf(' ');
        return space > 0 && _words.TryGetValue(normalised[..space], out var head) && head == "team" && normalised.Length - space - 1 <= 80
            ? ("team", normalised[(space + 1)..])
            : null;
    }

    private BotReply MyData(TextCatalogue t, Person? person, ChatAddress from)
    {
        if (links is null)
        {
            return new BotReply(t.Text("data.unavailable"));
        }

        var accounts = person?.Accounts is { Count: > 0 } mine ? mine : [new ChatAccount(from.ChannelId, from.UserId)];
        var url = links.Create(accounts);
        return new BotReply(t.Text("data.ready", ("url", url), ("minutes", t.Count("data.minutes", (long)links.Lifetime.TotalMinutes)))) { IsPrivate = true };
    }

    private async Task<BotReply> TeamAsync(TextCatalogue t, Person? person, string? team, CancellationToken ct)
    {
        if (person is null || person.Role == Role.Employee)
        {
            return new BotReply(t.Text("team.employees-only"));
        }

        if (team is null && person.Role != Role.Manager)
        {
            return new BotReply(t.Text("team.name-the-team"));
        }

        var filter = ProgressFilter.LastDays(Today(), WindowDays, team);
        var result = await reports.BuildAsync(ViewerOf(person), filter, ct);
        if (result.Report is not { } report)
        {
            return new BotReply(result.Error == ReportError.Forbidden ? t.Text("team.forbidden", ("team", team)) : t.Text("report.failed"));
        }

        var scope = team is null ? t.Text("team.my-team") : t.Text("team.named", ("team", TeamName(t, team)));
        var text = Headline(t, scope, report);
        AppendStandards(t, text, report.Summary);
        var quiet = report.People.Where(p => p.Id != person.Id && (p.LastPractised is null || p.LastPractised < Today().AddDays(-6))).Select(p => p.Name).ToList();
        text.Append(quiet.Count == 0 ? t.Text("team.everyone-practised") : t.Text("team.not-practised", ("people", string.Join(", ", quiet))));
        return new BotReply(text.ToString()) { Actions = [CoachingActions.ProgressButton(t)], Image = Chart(t, scope, person, filter, report), IsPrivate = true };
    }

    private async Task<BotReply> CompanyAsync(TextCatalogue t, Person? person, CancellationToken ct)
    {
        if (person is null || !person.Role.SeesEveryone())
        {
            return new BotReply(t.Text("report.hr-only"));
        }

        var filter = ProgressFilter.LastDays(Today(), WindowDays);
        var report = (await reports.BuildAsync(ViewerOf(person), filter, ct)).Report!;
        var scope = t.Text("report.company");
        var text = Headline(t, scope, report);
        AppendStandards(t, text, report.Summary);
        text.Append(t.Text("report.teams-heading")).Append('\n');
        foreach (var team in report.Teams.OrderBy(g => g.Participation))
        {
            text.Append(t.Text("report.team-line", ("team", TeamName(t, team.Name)), ("participation", Percent(t, team.Participation)),
                ("of_people", t.Count("report.of-people", team.People)), ("standard", NameOf(t, team.Weakest)))).Append('\n');
        }

        return new BotReply(text.ToString().TrimEnd()) { Image = Chart(t, scope, person, filter, report), IsPrivate = true };
    }

    private ReplyImage? Chart(TextCatalogue t, string scope, Person viewer, ProgressFilter filter, ProgressReport report) =>
        charts is null || report.Summary.Attempts == 0
            ? null
            : new ReplyImage(charts.Create(viewer.Id, filter), t.Text("report.chart-alt", ("scope", scope), ("from", Date(t, report.From)), ("to", Date(t, report.To))));

    private static StringBuilder Headline(TextCatalogue t, string scope, ProgressReport report) =>
        new StringBuilder().Append(t.Text("report.headline", ("scope", scope), ("from", Date(t, report.From)), ("to", Date(t, report.To)),
            ("practised", report.Summary.Practised), ("people", t.Count("report.people", report.Summary.People)),
            ("participation", Percent(t, report.Summary.Participation)), ("answers", t.Count("report.answers", report.Summary.Attempts)))).Append('\n');

    private void AppendStandards(TextCatalogue t, StringBuilder text, GroupProgress group)
    {
        foreach (var s in group.Standards)
        {
            var average = s.Average is { } a ? t.Text("report.average", ("average", a.ToString("0.0", t.Culture))) : t.Text("report.no-answers");
            text.Append(t.Text("report.standard-line", ("standard", NameOf(t, s.StandardId)), ("average", average), ("trend", s.Trend.Describe(t)))).Append('\n');
        }

        if (group.Weakest is { } weakest)
        {
            text.Append(t.Text("report.weakest", ("standard", NameOf(t, weakest)))).Append('\n');
        }
    }

    private static string Date(TextCatalogue t, DateOnly date) => date.ToString(t.Text("report.date-format"), t.Culture);

    private static string Percent(TextCatalogue t, double share) => share.ToString("P0", t.Culture);

    private static string TeamName(TextCatalogue t, string team) => team == ProgressReportBuilder.NoTeam ? t.Text("report.unassigned") : team;

    private string NameOf(TextCatalogue t, string? standardId) =>
        standardId is not null && reports.Content.FindStandard(standardId) is { } standard ? standard.In(t.Code).Name : t.Text("report.none-yet");

    private static Viewer ViewerOf(Person person) => new(person.Name, person.Role, person.Id);

    private DateOnly Today() => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    private static Dictionary<string, string> WordsOf(TextCatalogues catalogues)
    {
        var words = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var catalogue in catalogues.All)
        {
            foreach (var command in new[] { "team", "report", "my-data" })
            {
                foreach (var word in catalogue.Commands.GetValueOrDefault(command) ?? [])
                {
                    words.TryAdd(word, command);
                }
            }
        }

        return words;
    }
}

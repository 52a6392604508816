using System.Globalization;
using System.Text;
using CoachBot.Core.Coaching;
using CoachBot.Core.People;
using CoachBot.Core.Progress;

namespace CoachBot.Core.Reports;

/// <summary>The chat side of reports: "team" for managers, "report" for HR, and "my data" for everyone.</summary>
public sealed class ReportCommands(ReportService reports, IPeopleDirectory directory, TimeProvider time, IDataExportLinks? links = null, IChartLinks? charts = null)
{
    private const int WindowDays = 28;

    public static bool Handles(string? text) => Parse(text) is not null;

    public async Task<BotReply> HandleAsync(ChatAddress from, string text, CancellationToken cancellationToken)
    {
        var (command, argument) = Parse(text)!.Value;
        var person = from.IsAnonymous ? null : await directory.FindByAccountAsync(from.ChannelId, from.UserId, cancellationToken);
        return command switch
        {
            "my data" => MyData(person, from),
            "report" => await CompanyAsync(person, cancellationToken),
            _ => await TeamAsync(person, argument, cancellationToken),
        };
    }

    private static (string Command, string? Argument)? Parse(string? text)
    {
        var words = (text ?? "").Trim().TrimStart('/').TrimEnd('.', '!', '?').Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return words switch
        {
            [var w] when w.Equals("team", StringComparison.OrdinalIgnoreCase) => ("team", null),
            [var w, var name] when w.Equals("team", StringComparison.OrdinalIgnoreCase) && name.Length <= 80 => ("team", name),
            [var w] when w.Equals("report", StringComparison.OrdinalIgnoreCase) => ("report", null),
            [var w] when w.Equals("my-data", StringComparison.OrdinalIgnoreCase) => ("my data", null),
            [var my, var data] when my.Equals("my", StringComparison.OrdinalIgnoreCase) && data.Equals("data", StringComparison.OrdinalIgnoreCase) => ("my data", null),
            _ => null,
        };
    }

    private BotReply MyData(Person? person, ChatAddress from)
    {
        if (links is null)
        {
            return new BotReply("Data exports are made by the CoachBot server; this client cannot make one.");
        }

        var accounts = person?.Accounts is { Count: > 0 } mine ? mine : [new ChatAccount(from.ChannelId, from.UserId)];
        var url = links.Create(accounts);
        return new BotReply(
            $"Your data export is ready: {url}\nIt holds every answer you typed, its scores, and the prompts sent to you, as JSON. " +
            $"The link works for {links.Lifetime.TotalMinutes:0} minutes; anyone with it can open it, so don't share it.") { IsPrivate = true };
    }

    private async Task<BotReply> TeamAsync(Person? person, string? team, CancellationToken ct)
    {
        if (person is null || person.Role == Role.Employee)
        {
            return new BotReply("Team reports are for managers and HR. Type \"progress\" to see your own.");
        }

        if (team is null && person.Role != Role.Manager)
        {
            return new BotReply("Name the team: \"team Front desk\", or type \"report\" for the whole company.");
        }

        var filter = ProgressFilter.LastDays(Today(), WindowDays, team);
        var result = await reports.BuildAsync(ViewerOf(person), filter, ct);
        if (result.Report is not { } report)
        {
            return new BotReply(result.Message!);
        }

        var text = Headline(report.Summary.Name, report);
        AppendStandards(text, report, report.Summary);
        var quiet = report.People.Where(p => p.Id != person.Id && (p.LastPractised is null || p.LastPractised < Today().AddDays(-6))).Select(p => p.Name).ToList();
        text.Append(quiet.Count == 0 ? "Everyone has practised this week." : $"Not practised this week: {string.Join(", ", quiet)}.");
        return new BotReply(text.ToString()) { Actions = [CoachingActions.ProgressButton(reports.Content.Texts.Fallback)], Image = Chart(person, filter, report), IsPrivate = true };
    }

    private async Task<BotReply> CompanyAsync(Person? person, CancellationToken ct)
    {
        if (person is null || !person.Role.SeesEveryone())
        {
            return new BotReply("The company report is for HR. Managers can type \"team\"; everyone can type \"progress\".");
        }

        var filter = ProgressFilter.LastDays(Today(), WindowDays);
        var report = (await reports.BuildAsync(ViewerOf(person), filter, ct)).Report!;
        var text = Headline("Company", report);
        AppendStandards(text, report, report.Summary);
        text.Append("Teams (participation, weakest standard):\n");
        foreach (var team in report.Teams.OrderBy(t => t.Participation))
        {
            text.Append(CultureInfo.InvariantCulture, $"• {team.Name}: {Percent(team.Participation)} of {team.People}, weakest {NameOf(report, team.Weakest)}\n");
        }

        return new BotReply(text.ToString().TrimEnd()) { Image = Chart(person, filter, report), IsPrivate = true };
    }

    private ReplyImage? Chart(Person viewer, ProgressFilter filter, ProgressReport report) =>
        charts is null || report.Summary.Attempts == 0
            ? null
            : new ReplyImage(charts.Create(viewer.Id, filter), $"{report.ScopeName}: weekly average score per standard, {report.From:d MMM} to {report.To:d MMM}");

    private static StringBuilder Headline(string scope, ProgressReport report) =>
        new StringBuilder().Append(CultureInfo.InvariantCulture,
            $"{scope}, {report.From:d MMM} – {report.To:d MMM}: {report.Summary.Practised} of {report.Summary.People} people practised ({Percent(report.Summary.Participation)}), {report.Summary.Attempts} answers.\n");

    private void AppendStandards(StringBuilder text, ProgressReport report, GroupProgress group)
    {
        foreach (var s in group.Standards)
        {
            var average = s.Average is { } a ? a.ToString("0.0", CultureInfo.InvariantCulture) + "/3" : "no answers";
            text.Append(CultureInfo.InvariantCulture, $"• {NameOf(report, s.StandardId)}: {average}, {s.Trend.Describe(reports.Content.Texts.Fallback)}\n");
        }

        if (group.Weakest is { } weakest)
        {
            text.Append(CultureInfo.InvariantCulture, $"Weakest: {NameOf(report, weakest)}.\n");
        }
    }

    private static string Percent(double share) => string.Create(CultureInfo.InvariantCulture, $"{share * 100:0}%");

    private static string NameOf(ProgressReport report, string? standardId) =>
        report.Standards.FirstOrDefault(s => s.Id == standardId)?.Name ?? "none yet";

    private static Viewer ViewerOf(Person person) => new(person.Name, person.Role, person.Id);

    private DateOnly Today() => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
}

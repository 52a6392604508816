using CoachBot.Core.Content;
using CoachBot.Core.People;

namespace CoachBot.Core.Reports;

/// <summary>Builds a progress report for a viewer, refusing anything their role does not allow. Used by the dashboard, the export and chat.</summary>
public sealed class ReportService(IPeopleDirectory directory, IProgressReadModel readModel, ContentPack content, TimeProvider time)
{
    /// <summary>The content the reports name standards from; its catalogue words the reports.</summary>
    public ContentPack Content => content;

    public async Task<ReportResult> BuildAsync(Viewer viewer, ProgressFilter requested, CancellationToken cancellationToken)
    {
        if (requested.Problem is { } problem)
        {
            return ReportResult.Fail(ReportError.Invalid, problem);
        }

        var filter = requested.ToWholeWeeks();
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

        var people = await directory.ListAsync(cancellationToken);
        var visible = ReportAccess.VisibleIds(viewer, people);
        var visiblePeople = people.Where(p => visible is null || visible.Contains(p.Id)).ToList();
        var byId = people.ToDictionary(p => p.Id, StringComparer.Ordinal);

        string scopeName;
        ProgressKeys keys;
        if (filter.PersonId is { } personId)
        {
            if (visible is not null && !visible.Contains(personId))
            {
                return ReportResult.Fail(ReportError.Forbidden, "You can only see your own progress and, as a manager, your team's.");
            }

            scopeName = byId.TryGetValue(personId, out var person) ? person.Name : personId;
            keys = new ProgressKeys([personId]);
        }
        else if (filter.Team is { } team)
        {
            if (viewer.Role == Role.Employee)
            {
                return ReportResult.Fail(ReportError.Forbidden, "Team reports are for managers and HR; you can see your own progress.");
            }

            var members = visiblePeople.Where(p => TeamOf(p) == team).ToList();
            if (visible is not null && members.Count == 0)
            {
                return ReportResult.Fail(ReportError.Forbidden, $"You can only see teams with people who report to you; \"{team}\" has none.");
            }

            scopeName = $"Team {team}";
            // "Unassigned" is the people imported without a team and, for HR, the chat accounts not imported at all.
            keys = new ProgressKeys(members.Select(p => p.Id).ToList(), AndUnlinked: team == ProgressReportBuilder.NoTeam && visible is null);
        }
        else
        {
            scopeName = visible is null ? "Company" : viewer.Role == Role.Manager ? "My team" : viewer.Name;
            keys = visible is null ? ProgressKeys.Everyone : new ProgressKeys(visible.ToList());
        }

        var data = await readModel.ReadAsync(filter.From, filter.To, today < filter.To ? today : filter.To, keys, cancellationToken);
        var scope = visiblePeople.Select(p => new ProgressReportBuilder.Member(p.Id, p.Name, TeamOf(p))).ToList();
        if (visible is null)
        {
            // Chat accounts that are not in the directory (yet): HR and admins see them as people without a team.
            scope.AddRange(data.Activity.Select(a => a.Key).Where(k => !byId.ContainsKey(k)).Distinct(StringComparer.Ordinal)
                .Select(k => new ProgressReportBuilder.Member(k, k, ProgressReportBuilder.NoTeam)));
        }

        scope = scope.Where(m => (filter.Team is null || m.Team == filter.Team) && (filter.PersonId is null || m.Key == filter.PersonId)).ToList();
        if (filter.PersonId is not null && scope.Count == 0)
        {
            return ReportResult.Fail(ReportError.NotFound, $"No person \"{filter.PersonId}\".");
        }

        var standards = content.FrontlineStandards.Select(s => new StandardInfo(s.Id, s.Name)).ToList();
        return new ReportResult(ProgressReportBuilder.Build(filter, scopeName, standards, scope, data));
    }

    private static string TeamOf(Person person) => person.Team ?? ProgressReportBuilder.NoTeam;
}

using CoachBot.Core.People;

namespace CoachBot.Core.Reports;

/// <summary>Who is asking: an admin sign-in has no person; everyone else is a person in the directory.</summary>
public sealed record Viewer(string Name, Role Role, string? PersonId);

/// <summary>HR and admins see everyone; a manager sees themself and everyone who reports to them, at any depth; an employee sees themself.</summary>
public static class ReportAccess
{
    /// <summary>The person ids the viewer may see, or null for everyone (including chat accounts not in the directory).</summary>
    public static IReadOnlySet<string>? VisibleIds(Viewer viewer, IReadOnlyList<Person> people)
    {
        if (viewer.Role.SeesEveryone())
        {
            return null;
        }

        var visible = new HashSet<string>(StringComparer.Ordinal);
        if (viewer.PersonId is null)
        {
            return visible;
        }

        visible.Add(viewer.PersonId);
        if (viewer.Role != Role.Manager)
        {
            return visible;
        }

        var reports = people.Where(p => p.ManagerId is not null).ToLookup(p => p.ManagerId!, StringComparer.Ordinal);
        var queue = new Queue<string>([viewer.PersonId]);
        while (queue.TryDequeue(out var manager))
        {
            foreach (var report in reports[manager].Where(r => visible.Add(r.Id)))
            {
                queue.Enqueue(report.Id);
            }
        }

        return visible;
    }
}

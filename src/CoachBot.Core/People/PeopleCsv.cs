using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace CoachBot.Core.People;

/// <summary>
/// Reads the people import: a header row, then one person per row.
/// Columns: id, name, email, team, manager_id, role, one user id column per chat channel (handed in, e.g. slack_user_id),
/// time_zone, language (only id and name are required).
/// </summary>
public static class PeopleCsv
{
    private const int MaxField = 256;

    /// <summary>Every column the import knows, given the chat channels' account columns.</summary>
    public static string Header(IEnumerable<AccountColumn> accountColumns) =>
        string.Join(',', ["id", "name", "email", "team", "manager_id", "role", .. accountColumns.Select(c => c.Column), "time_zone", "language"]);

    /// <summary>
    /// The people, or every problem as "line N: column: problem"; nothing is returned when there is any problem.
    /// <paramref name="accountColumns"/> are the chat channels' user id columns;
    /// <paramref name="languages"/> are the language codes CoachBot speaks (the <c>language</c> column must be one of them).
    /// </summary>
    public static (IReadOnlyList<Person> People, IReadOnlyList<string> Problems) Read(
        TextReader text, IReadOnlyList<AccountColumn> accountColumns, IReadOnlyCollection<string> existingIds, IReadOnlyCollection<string>? languages = null)
    {
        var expected = Header(accountColumns);
        var problems = new List<string>();
        var people = new List<Person>();
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            PrepareHeaderForMatch = a => Normalise(a.Header),
            MissingFieldFound = null,
            BadDataFound = a => problems.Add($"line {a.Context.Parser?.RawRow}: malformed field {Shorten(a.Field)}"),
            TrimOptions = TrimOptions.Trim,
        };
        using var csv = new CsvReader(text, config);
        if (!csv.Read() || !csv.ReadHeader())
        {
            return ([], ["the file is empty: the first line must be the header " + expected]);
        }

        var header = csv.HeaderRecord!.Select(Normalise).ToList();
        foreach (var required in new[] { "id", "name" })
        {
            if (!header.Contains(required))
            {
                problems.Add($"line 1: the header has no \"{required}\" column (expected {expected})");
            }
        }

        var unknown = header.Except(expected.Split(',')).ToList();
        if (unknown.Count > 0)
        {
            problems.Add($"line 1: unknown column(s) {string.Join(", ", unknown)} (expected {expected})");
        }

        if (problems.Count > 0)
        {
            return ([], problems);
        }

        while (csv.Read())
        {
            var line = csv.Parser.RawRow;
            string? Field(string name)
            {
                var value = header.Contains(name) ? csv.GetField(name)?.Trim() : null;
                if (value is { Length: > MaxField })
                {
                    problems.Add($"line {line}: {name}: longer than {MaxField} characters");
                }

                return string.IsNullOrEmpty(value) ? null : value;
            }

            var id = Field("id");
            var name = Field("name");
            if (id is null && name is null && csv.Parser.Record!.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (id is null)
            {
                problems.Add($"line {line}: id: missing");
            }
            else if (id.Equals(LocalLogin.Admin, StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"line {line}: id: \"{id}\" is reserved for the built-in admin sign-in; give this person another id (their role can still be admin)");
            }

            if (name is null)
            {
                problems.Add($"line {line}: name: missing");
            }

            var roleText = Field("role");
            if (!RoleNames.TryParse(roleText, out var role))
            {
                problems.Add($"line {line}: role: \"{roleText}\" is not one of employee, manager, hr, admin");
            }

            var timeZone = Field("time_zone");
            if (timeZone is not null && !TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out _))
            {
                problems.Add($"line {line}: time_zone: \"{timeZone}\" is not a time zone id (e.g. Europe/London)");
            }

            var language = Field("language")?.ToLowerInvariant();
            if (language is not null && languages?.Contains(language, StringComparer.Ordinal) != true)
            {
                problems.Add($"line {line}: language: \"{language}\" is not one of {string.Join(", ", (languages ?? []).Order(StringComparer.Ordinal))}");
            }

            var accounts = new List<ChatAccount>();
            foreach (var column in accountColumns)
            {
                if (Field(column.Column) is { } userId)
                {
                    accounts.Add(new ChatAccount(column.ChannelId, userId));
                }
            }

            if (id is not null && name is not null)
            {
                people.Add(new Person(id, name, Field("email"), Field("team"), Field("manager_id"), role, accounts, timeZone, language));
            }
        }

        problems.AddRange(CheckRelations(people, existingIds));
        return problems.Count > 0 ? ([], problems) : (people, []);
    }

    private static IEnumerable<string> CheckRelations(List<Person> people, IReadOnlyCollection<string> existingIds)
    {
        foreach (var duplicate in people.GroupBy(p => p.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            yield return $"id: \"{duplicate.Key}\" appears {duplicate.Count()} times";
        }

        foreach (var shared in people.SelectMany(p => p.Accounts.Select(a => (a, p.Id))).GroupBy(x => x.a).Where(g => g.Count() > 1))
        {
            yield return $"{shared.Key}: belongs to more than one person ({string.Join(", ", shared.Select(x => x.Id))})";
        }

        var known = people.Select(p => p.Id).Concat(existingIds).ToHashSet(StringComparer.Ordinal);
        foreach (var person in people.Where(p => p.ManagerId is not null && !known.Contains(p.ManagerId)))
        {
            yield return $"{person.Id}: manager_id: \"{person.ManagerId}\" is not a person in this file or the directory";
        }

        var managerOf = people.DistinctBy(p => p.Id, StringComparer.Ordinal).ToDictionary(p => p.Id, p => p.ManagerId, StringComparer.Ordinal);
        foreach (var person in people)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal) { person.Id };
            for (var m = person.ManagerId; m is not null && managerOf.TryGetValue(m, out var next); m = next)
            {
                if (!seen.Add(m))
                {
                    yield return $"{person.Id}: manager_id: the reporting line loops back ({string.Join(" → ", seen)} → {m})";
                    break;
                }
            }
        }
    }

    /// <summary>Spreadsheets save a byte-order mark and capitals; "ID" and "\uFEFFid" are the id column.</summary>
    private static string Normalise(string header) => header.Trim().TrimStart('\uFEFF').ToLowerInvariant();

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}

using System.Globalization;
using Microsoft.Data.Sqlite;

namespace CoachBot.Cli.Tests;

public sealed class PeopleCommandTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("coachbot-cli-people-").FullName;

    private string Database => Path.Combine(_work, "coachbot.db");

    private Dictionary<string, string> Environment => new() { ["Storage__SqlitePath"] = Database };

    [Fact]
    public async Task ImportPeople_AddsThenUpdates_WithTeamsManagersRolesAndChatIds()
    {
        var file = Write("people.csv", """
            id,name,email,team,manager_id,role,slack_user_id,teams_user_id,time_zone
            mgr-1,Mia Manager,mia@example.com,Front desk,,manager,UMIA,29:mia,Europe/London
            emp-1,Анна Иванова 🙂,anna@example.com,Front desk,mgr-1,employee,UANNA,,Europe/Moscow
            hr-1,"Hana, HR",hana@example.com,People,,hr,,29:hana,
            """);

        var first = await CliRunner.RunAsync(_work, null, Environment, "import-people", file);
        Write("people.csv", File.ReadAllText(file).Replace("Front desk", "Lobby", StringComparison.Ordinal));
        var second = await CliRunner.RunAsync(_work, null, Environment, "import-people", file);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("Imported 3 people: 3 added, 0 updated; 1 managers, 1 HR/admin, 2 teams, 4 chat accounts.", first.Out);
        Assert.Contains("0 added, 3 updated", second.Out);
        Assert.Equal(["Hana, HR|People|hr", "Mia Manager|Lobby|manager", "Анна Иванова 🙂|Lobby|employee"], Query("SELECT Name || '|' || Team || '|' || Role FROM people ORDER BY Id DESC").Order().ToList());
        Assert.Equal(["emp-1"], Query("SELECT PersonId FROM person_accounts WHERE ChannelId = 'slack' AND UserId = 'UANNA'"));
    }

    [Fact]
    public async Task ImportPeople_WithProblems_ListsEveryOne_AndWritesNothing()
    {
        var file = Write("bad.csv", """
            id,name,team,manager_id,role,slack_user_id,time_zone
            a,Ann,Desk,zed,boss,U1,Mars/Olympus
            b,,Desk,,employee,U1,
            a,Ann again,Desk,,employee,,
            c,Cy,Desk,d,employee,,
            d,Di,Desk,c,manager,,
            """);

        var (code, _, error) = await CliRunner.RunAsync(_work, null, Environment, "import-people", file);

        Assert.Equal(1, code);
        Assert.Contains("line 2: role: \"boss\" is not one of employee, manager, hr, admin", error);
        Assert.Contains("line 2: time_zone: \"Mars/Olympus\" is not a time zone id", error);
        Assert.Contains("line 3: name: missing", error);
        Assert.Contains("id: \"a\" appears 2 times", error);
        Assert.Contains("a: manager_id: \"zed\" is not a person in this file or the directory", error);
        Assert.Contains("c: manager_id: the reporting line loops back", error);
        Assert.Contains("Nothing was imported", error);
        Assert.False(File.Exists(Database) && Query("SELECT COUNT(*) FROM people").Single() != "0");
    }

    [Fact]
    public async Task ImportPeople_TheLanguageColumn_IsStored_AndABadValueNamesItsLine_AndStoresNothing()
    {
        var good = Write("people.csv", "id,name,slack_user_id,language\np1,Pat,UPAT,en\np2,Болд,UBOLD,MN\np3,Ирина,UIRINA,ru\np4,Sam,USAM,\n");
        var bad = Write("bad.csv", "id,name,language\nq1,Quinn,ru\nq2,Quentin,fr\n");

        var imported = await CliRunner.RunAsync(_work, null, Environment, "import-people", good);
        var refused = await CliRunner.RunAsync(_work, null, Environment, "import-people", bad);

        Assert.Equal(0, imported.ExitCode);
        Assert.Equal(["p1|en", "p2|mn", "p3|ru", "p4|"], Query("SELECT Id || '|' || COALESCE(Language, '') FROM people ORDER BY Id"));
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("line 3: language: \"fr\" is not one of en, mn, ru", refused.Error);
        Assert.Contains("Nothing was imported", refused.Error);
        Assert.Equal("0", Query("SELECT COUNT(*) FROM people WHERE Id LIKE 'q%'").Single());
    }

    [Fact]
    public async Task ImportPeople_APersonWithTheReservedIdAdmin_IsRefused_AndNothingIsStored()
    {
        var file = Write("people.csv", "id,name,role\np1,Pat,employee\nAdmin,Mallory,employee\n");

        var (code, _, error) = await CliRunner.RunAsync(_work, null, Environment, "import-people", file);

        Assert.Equal(1, code);
        Assert.Contains("line 3: id: \"Admin\" is reserved for the built-in admin sign-in", error);
        Assert.Contains("Nothing was imported", error);
        Assert.False(File.Exists(Database) && Query("SELECT COUNT(*) FROM people").Single() != "0");
    }

    [Fact]
    public async Task ImportPeople_DryRun_WritesNothing_AndAMissingFileIsAClearError()
    {
        var file = Write("people.csv", "id,name\np1,Pat\n");

        var dry = await CliRunner.RunAsync(_work, null, Environment, "import-people", file, "--dry-run");
        var missing = await CliRunner.RunAsync(_work, null, Environment, "import-people", Path.Combine(_work, "nope.csv"));
        var wrongHeader = await CliRunner.RunAsync(_work, null, Environment, "import-people", Write("x.csv", "name,colour\nPat,blue\n"));

        Assert.Equal(0, dry.ExitCode);
        Assert.Contains("1 to add, 0 to update. Nothing was written.", dry.Out);
        Assert.Equal("0", Query("SELECT COUNT(*) FROM people").Single());
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("no such file", missing.Error);
        Assert.Equal(1, wrongHeader.ExitCode);
        Assert.Contains("the header has no \"id\" column", wrongHeader.Error);
        Assert.Contains("unknown column(s) colour", wrongHeader.Error);
    }

    [Fact]
    public async Task SetPassword_PrintsAOneTimePassword_ForAdminOrAKnownPerson()
    {
        await CliRunner.RunAsync(_work, null, Environment, "import-people", Write("people.csv", "id,name,role\nhr-1,Hana,hr\n"));

        var person = await CliRunner.RunAsync(_work, null, Environment, "set-password", "hr-1");
        var unknown = await CliRunner.RunAsync(_work, null, Environment, "set-password", "nobody");

        Assert.Equal(0, person.ExitCode);
        Assert.Matches("One-time password for \"hr-1\": [A-Za-z2-9]{20}", person.Out);
        Assert.Equal(["1"], Query("SELECT MustChangePassword FROM local_logins WHERE Login = 'hr-1'"));
        Assert.Contains("It works until", person.Out);
        Assert.Equal(["1"], Query("SELECT COUNT(*) FROM local_logins WHERE Login = 'hr-1' AND OneTimeExpiresUtc IS NOT NULL AND SecurityStamp <> ''"));
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("No person \"nobody\"", unknown.Error);
    }

    [Fact]
    public async Task SignOut_ChangesTheSecurityStamp_OfAnExistingSignInOnly()
    {
        await CliRunner.RunAsync(_work, null, Environment, "import-people", Write("people.csv", "id,name,role\nhr-1,Hana,hr\n"));
        await CliRunner.RunAsync(_work, null, Environment, "set-password", "hr-1");
        var before = Query("SELECT SecurityStamp FROM local_logins WHERE Login = 'hr-1'").Single();

        var signedOut = await CliRunner.RunAsync(_work, null, Environment, "sign-out", "hr-1");
        var never = await CliRunner.RunAsync(_work, null, Environment, "sign-out", "nobody");

        Assert.Equal(0, signedOut.ExitCode);
        Assert.NotEqual(before, Query("SELECT SecurityStamp FROM local_logins WHERE Login = 'hr-1'").Single());
        Assert.Equal(1, never.ExitCode);
        Assert.Contains("never signed in", never.Error);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_work, recursive: true);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_work, name);
        File.WriteAllText(path, text);
        return path;
    }

    private List<string> Query(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Database}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture)!);
        }

        return rows;
    }
}

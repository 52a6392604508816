using CoachBot.Core.People;
using CoachBot.Core.Reports;

namespace CoachBot.Core.Tests.People;

public sealed class PeopleAndAccessTests
{
    private static readonly AccountColumn[] ChatColumns = [new("slack_user_id", "slack"), new("teams_user_id", "msteams")];

    private static readonly Person[] Org =
    [
        new("ceo", "Cee", null, "Board", null, Role.Manager, []),
        new("m1", "Em", null, "Desk", "ceo", Role.Manager, []),
        new("e1", "Eve", null, "Desk", "m1", Role.Employee, []),
        new("e2", "Eli", null, "Kitchen", "ceo", Role.Employee, []),
        new("hr", "Hal", null, "People", null, Role.Hr, []),
    ];

    [Theory]
    [InlineData("ceo", Role.Manager, "ceo,e1,e2,m1")] // reports at any depth
    [InlineData("m1", Role.Manager, "e1,m1")]
    [InlineData("e1", Role.Employee, "e1")]
    [InlineData(null, Role.Manager, "")] // a manager sign-in not in the directory sees nobody
    public void VisibleIds_FollowTheReportingLine(string? personId, Role role, string expected)
    {
        var visible = ReportAccess.VisibleIds(new Viewer("x", role, personId), Org);

        Assert.Equal(expected, string.Join(",", visible!.Order(StringComparer.Ordinal)));
    }

    [Fact]
    public void HrAndAdmin_SeeEveryone()
    {
        Assert.Null(ReportAccess.VisibleIds(new Viewer("x", Role.Hr, "hr"), Org));
        Assert.Null(ReportAccess.VisibleIds(new Viewer("x", Role.Admin, null), Org));
    }

    [Fact]
    public void Csv_HandlesBomQuotesBlankLinesAndCase()
    {
        var text = "\uFEFFID,Name,Team,Role,Slack_User_Id\r\n\"p,1\",\"Ann \"\"The Desk\"\" Lee\",Desk,MANAGER,U1\r\n\r\np2,Bo,,,\r\n";

        var (people, problems) = PeopleCsv.Read(new StringReader(text), ChatColumns, []);

        Assert.Empty(problems);
        Assert.Equal(2, people.Count);
        Assert.Equal(("p,1", "Ann \"The Desk\" Lee", Role.Manager), (people[0].Id, people[0].Name, people[0].Role));
        Assert.Equal([new ChatAccount("slack", "U1")], people[0].Accounts);
        Assert.Equal((null, Role.Employee), (people[1].Team, people[1].Role));
    }

    [Fact]
    public void Csv_RefusesOverlongFieldsSharedAccountsAndAnEmptyFile()
    {
        var (_, problems) = PeopleCsv.Read(new StringReader($"id,name,slack_user_id\na,{new string('x', 300)},U1\nb,Bo,U1\n"), ChatColumns, []);
        var (_, empty) = PeopleCsv.Read(new StringReader(""), ChatColumns, []);

        Assert.Contains("line 2: name: longer than 256 characters", problems);
        Assert.Contains(problems, p => p.StartsWith("slack:U1: belongs to more than one person", StringComparison.Ordinal));
        Assert.Contains("the file is empty", Assert.Single(empty));
    }

    [Fact]
    public void Csv_ReadsTheAccountColumnsHandedIn_AndNoOther()
    {
        var (people, problems) = PeopleCsv.Read(new StringReader("id,name,pager_user_id\np1,Ann,P-7\n"), [new("pager_user_id", "pager")], []);
        var (_, slackUnknown) = PeopleCsv.Read(new StringReader("id,name,slack_user_id\np1,Ann,U1\n"), [new("pager_user_id", "pager")], []);

        Assert.Empty(problems);
        Assert.Equal([new ChatAccount("pager", "P-7")], Assert.Single(people).Accounts);
        Assert.Contains("unknown column(s) slack_user_id (expected id,name,email,team,manager_id,role,pager_user_id,time_zone,language)", Assert.Single(slackUnknown));
    }

    [Fact]
    public void Csv_ManagerMayBeAnExistingPerson()
    {
        var (people, problems) = PeopleCsv.Read(new StringReader("id,name,manager_id\nn1,New,m1\n"), ChatColumns, ["m1"]);

        Assert.Empty(problems);
        Assert.Equal("m1", Assert.Single(people).ManagerId);
    }

    [Fact]
    public void PasswordHash_VerifiesOnlyTheRightPassword()
    {
        var hash = PasswordHash.Create("correct horse battery");

        Assert.True(PasswordHash.Verify("correct horse battery", hash));
        Assert.False(PasswordHash.Verify("correct horse batterY", hash));
        Assert.False(PasswordHash.Verify("anything", "not-a-hash"));
        Assert.NotEqual(PasswordHash.NewOneTimePassword(), PasswordHash.NewOneTimePassword());
    }
}

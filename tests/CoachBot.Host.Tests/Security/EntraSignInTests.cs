using System.Security.Claims;
using CoachBot.Core.People;
using CoachBot.Host.Dashboard.SignIn;
using CoachBot.Host.Tests.Support;

namespace CoachBot.Host.Tests.Security;

/// <summary>
/// Microsoft sign-ins matched to the directory by the account's immutable ids (tid, oid) once linked, not by the e-mail
/// that can change hands; and the reserved id "admin". Runs the host's own matching on its real database.
/// </summary>
public sealed class EntraSignInTests : IDisposable
{
    private const string Tenant = "72f988bf-0000-0000-0000-000000000001";
    private readonly string _data = CoachBotFactory.NewDataDirectory();

    [Fact]
    public async Task FirstSignIn_LinksTheAccountByEmail_ThenOnlyTheAccountIdsMatch()
    {
        using var factory = new CoachBotFactory(_data);
        await factory.Services.GetRequiredService<IPeopleDirectory>().ImportAsync(
            [new Person("p-ana", "Ana", "ana@example.com", "Desk", null, Role.Manager, [])], default);
        var entra = factory.Services.GetRequiredService<EntraPeople>();

        var first = await entra.MatchAsync(Microsoft("oid-ana", "ana@example.com"), default);
        var renamed = await entra.MatchAsync(Microsoft("oid-ana", "ana.lopez@example.com"), default);
        var emailGivenToSomeoneElse = await entra.MatchAsync(Microsoft("oid-intruder", "ana@example.com"), default);
        var otherTenant = await entra.MatchAsync(Microsoft("oid-ana", "ana@example.com", tenant: "another-tenant"), default);

        Assert.Equal("p-ana", first.Person?.Id);
        Assert.Equal(["72f988bf-0000-0000-0000-000000000001|oid-ana"], factory.Strings("SELECT EntraTenantId || '|' || EntraObjectId FROM people WHERE Id = 'p-ana'"));
        Assert.Equal("p-ana", renamed.Person?.Id);
        Assert.Null(emailGivenToSomeoneElse.Person);
        Assert.Contains("another Microsoft account", emailGivenToSomeoneElse.Refusal, StringComparison.Ordinal);
        Assert.Null(otherTenant.Person);
    }

    [Fact]
    public async Task ASignInWithoutAccountIds_IsRefused()
    {
        using var factory = new CoachBotFactory(_data);
        await factory.Services.GetRequiredService<IPeopleDirectory>().ImportAsync(
            [new Person("p-ana", "Ana", "ana@example.com", "Desk", null, Role.Manager, [])], default);

        var (person, refusal) = await factory.Services.GetRequiredService<EntraPeople>()
            .MatchAsync(new ClaimsPrincipal(new ClaimsIdentity([new Claim("preferred_username", "ana@example.com")], "oidc")), default);

        Assert.Null(person);
        Assert.Contains("no tid or oid", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APersonWithTheIdAdmin_IsNotStored_AndASignInNamedAdmin_IsNotTheAdmin()
    {
        using var factory = new CoachBotFactory(_data);
        var directory = factory.Services.GetRequiredService<IPeopleDirectory>();

        await Assert.ThrowsAsync<ArgumentException>(() => directory.ImportAsync([new Person("Admin", "Mallory", "m@example.com", null, null, Role.Employee, [])], default));

        // What a Microsoft sign-in of a person stored with the id "admin" (before it was reserved) would carry.
        var entraAdmin = DashboardClaims.Principal(LocalLogin.Admin, "Mallory", mustChangePassword: false, "Cookies", DateTimeOffset.UtcNow);
        var localAdmin = DashboardClaims.Principal(LocalLogin.Admin, "Admin", mustChangePassword: false, "Cookies", DateTimeOffset.UtcNow, stamp: "s1");
        Assert.Equal(0, factory.Count("SELECT COUNT(*) FROM people"));
        Assert.Null(await DashboardClaims.ViewerAsync(entraAdmin, directory, default));
        Assert.Equal(Role.Admin, (await DashboardClaims.ViewerAsync(localAdmin, directory, default))?.Role);
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);

    private static ClaimsPrincipal Microsoft(string objectId, string email, string tenant = Tenant) => new(new ClaimsIdentity(
    [
        new Claim("http://schemas.microsoft.com/identity/claims/tenantid", tenant),
        new Claim("http://schemas.microsoft.com/identity/claims/objectidentifier", objectId),
        new Claim("preferred_username", email),
    ], "oidc"));
}

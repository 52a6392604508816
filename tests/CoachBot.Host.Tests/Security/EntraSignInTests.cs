using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CoachBot.Core.People;
using CoachBot.Host.Dashboard.SignIn;
using CoachBot.Host.Tests.Support;
using static CoachBot.Host.Tests.Security.EntraTestHost;

namespace CoachBot.Host.Tests.Security;

/// <summary>
/// The dashboard's Microsoft Entra ID sign-in, end to end against a fake Microsoft speaking OpenID Connect: people are
/// matched by their account's immutable ids (tid, oid) once linked, not by the e-mail that can change hands.
/// </summary>
public sealed class EntraSignInTests
{
    [Fact]
    public async Task SignInWithMicrosoft_OpensTheDashboard_WithThePersonsRole()
    {
        await using var host = await EntraTestHost.StartAsync();

        var hana = await host.SignedInAsync(Hana);
        var ana = await host.SignedInAsync(Ana);

        Assert.Equal("hr", (await MeAsync(hana))["role"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await hana.GetAsync("/api/reports/progress?person=p-ana")).StatusCode);
        Assert.Equal("employee", (await MeAsync(ana))["role"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Forbidden, (await ana.GetAsync("/api/reports/progress?person=p-hana")).StatusCode);
        Assert.Equal(["oid-hana"], host.Microsoft.Redemptions.Take(1)); // the code was redeemed at the token endpoint
        Assert.Equal([$"{Tenant}|oid-hana"], host.Factory.Strings("SELECT EntraTenantId || '|' || EntraObjectId FROM people WHERE Id = 'p-hana'"));
    }

    [Fact]
    public async Task OnceLinked_ARenamedAccountIsStillThePerson_AndTheSameOidInAnotherTenantIsNot()
    {
        await using var host = await EntraTestHost.StartAsync();
        await host.SignedInAsync(Ana);

        var renamed = await host.SignedInAsync(Ana with { UserName = "ana.lopez@example.com" });
        var (_, otherTenant) = await host.SignInAsync(Ana with { TenantId = OtherTenant });
        var (_, emailGivenToSomeoneElse) = await host.SignInAsync(new FakeIdentityProvider.Account(Tenant, "oid-intruder", "ana@example.com", "Not Ana"));

        Assert.Equal("p-ana", (await MeAsync(renamed))["personId"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Forbidden, otherTenant.StatusCode);
        Assert.Contains("another Microsoft account", await otherTenant.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, emailGivenToSomeoneElse.StatusCode);
        Assert.Equal([$"{Tenant}|oid-ana"], host.Factory.Strings("SELECT EntraTenantId || '|' || EntraObjectId FROM people WHERE Id = 'p-ana'"));
    }

    [Fact]
    public async Task SomeoneNotInTheDirectory_IsRefused_AndGetsNoSession()
    {
        await using var host = await EntraTestHost.StartAsync();

        var (browser, callback) = await host.SignInAsync(new FakeIdentityProvider.Account(Tenant, "oid-zed", "zed@example.com", "Zed"));

        Assert.Equal(HttpStatusCode.Forbidden, callback.StatusCode);
        Assert.Contains("not in the CoachBot directory", await callback.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/me")).StatusCode);
        Assert.Equal(0, host.Factory.Count("SELECT COUNT(*) FROM people WHERE EntraObjectId IS NOT NULL"));
    }

    [Fact]
    public async Task ARefusal_IsWrittenInTheBrowsersLanguage()
    {
        await using var host = await EntraTestHost.StartAsync();

        var (_, russian) = await host.SignInAsync(new FakeIdentityProvider.Account(Tenant, "oid-zed", "zed@example.com", "Zed"), "ru-RU,ru;q=0.9");
        var (_, mongolian) = await host.SignInAsync(new FakeIdentityProvider.Account(Tenant, "oid-zed", "zed@example.com", "Zed"), "mn-MN");

        var page = await russian.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Forbidden, russian.StatusCode);
        Assert.Contains("<html lang=\"ru\">", page, StringComparison.Ordinal);
        Assert.Contains("вашего адреса почты нет в справочнике CoachBot", page, StringComparison.Ordinal);
        Assert.Contains("Вход отклонён", page, StringComparison.Ordinal);
        Assert.Contains("имэйл хаяг CoachBot-ын лавлахад алга", await mongolian.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task APersonWithTheIdAdmin_IsNotStored_AndASignInNamedAdmin_IsNotTheAdmin()
    {
        await using var host = await EntraTestHost.StartAsync();
        var directory = host.Factory.Services.GetRequiredService<IPeopleDirectory>();

        await Assert.ThrowsAsync<ArgumentException>(() => directory.ImportAsync([new Person("Admin", "Mallory", "m@example.com", null, null, Role.Employee, [])], default));

        // What a Microsoft sign-in of a person stored with the id "admin" (before it was reserved) carries.
        var entraAdmin = DashboardClaims.Principal(LocalLogin.Admin, "Mallory", mustChangePassword: false, "Cookies", DateTimeOffset.UtcNow, stamp: "s1", viaEntra: true);
        var localAdmin = DashboardClaims.Principal(LocalLogin.Admin, "Admin", mustChangePassword: false, "Cookies", DateTimeOffset.UtcNow, stamp: "s1");
        Assert.Equal(0, host.Factory.Count("SELECT COUNT(*) FROM people WHERE lower(Id) = 'admin'"));
        Assert.Null(await DashboardClaims.ViewerAsync(entraAdmin, directory, default));
        Assert.Equal(Role.Admin, (await DashboardClaims.ViewerAsync(localAdmin, directory, default))?.Role);
    }

    private static async Task<JsonObject> MeAsync(HttpClient browser)
    {
        var response = await browser.GetAsync("/api/me");
        Assert.True(response.IsSuccessStatusCode, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }
}

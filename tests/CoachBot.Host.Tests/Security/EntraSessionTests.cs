using System.Net;
using CoachBot.Core.People;
using CoachBot.Host.Tests.Support;
using static CoachBot.Host.Tests.Security.EntraTestHost;

namespace CoachBot.Host.Tests.Security;

/// <summary>A Microsoft sign-in's cookie carries the login's security stamp, as a local one does: signing out, revoking and erasing end every copy, and it has an absolute lifetime.</summary>
public sealed class EntraSessionTests
{
    [Fact]
    public async Task SigningOut_EndsEveryCopyOfTheCookie_AndGoesOnToMicrosoftsSignOut()
    {
        await using var host = await EntraTestHost.StartAsync();
        var hana = await host.SignedInAsync(Hana);
        var stolen = await host.CopyOfCookiesAsync(hana);
        Assert.Equal(HttpStatusCode.OK, (await stolen.GetAsync("/api/me")).StatusCode);

        var signedOut = await SignInForm.PostAsync(hana, "/signout");

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.StartsWith(host.Microsoft.Instance + "organizations/oauth2/v2.0/logout", signedOut.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await stolen.GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await host.SignedInAsync(Hana)).GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task RevokingThePersonsSignIns_EndsTheirMicrosoftSessions()
    {
        await using var host = await EntraTestHost.StartAsync();
        var ana = await host.SignedInAsync(Ana);

        // What `coachbot sign-out p-ana` does.
        await host.Factory.Services.GetRequiredService<ILocalLoginStore>().RevokeSignInsAsync("p-ana", default);

        Assert.Equal(HttpStatusCode.Unauthorized, (await ana.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task ErasingThePerson_EndsTheirMicrosoftSession()
    {
        await using var host = await EntraTestHost.StartAsync();
        var ana = await host.SignedInAsync(Ana);
        var hana = await host.SignedInAsync(Hana);

        var erase = new HttpRequestMessage(HttpMethod.Delete, "/api/people/p-ana");
        erase.Headers.Add("X-CoachBot-Request", "1");
        Assert.Equal(HttpStatusCode.OK, (await hana.SendAsync(erase)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await ana.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task AMicrosoftSignIn_EndsAfterItsAbsoluteLifetime_HoweverActive()
    {
        await using var host = await EntraTestHost.StartAsync();
        var hana = await host.SignedInAsync(Hana);

        host.Clock.Advance(TimeSpan.FromHours(7));
        var active = await hana.GetAsync("/api/me");
        host.Clock.Advance(TimeSpan.FromHours(6));
        var tooOld = await hana.GetAsync("/api/me");

        Assert.Equal(HttpStatusCode.OK, active.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, tooOld.StatusCode);
    }
}

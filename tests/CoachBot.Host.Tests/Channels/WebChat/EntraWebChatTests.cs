using System.Net;
using CoachBot.Host.Tests.Security;

namespace CoachBot.Host.Tests.Channels.WebChat;

/// <summary>The web chat with a Microsoft Entra ID sign-in (against the fake Microsoft), for someone with no chat account.</summary>
public sealed class EntraWebChatTests
{
    [Fact]
    public async Task SignInWithMicrosoft_FromTheWebChat_ComesBackToIt_AndThePracticeIsThePersons()
    {
        await using var host = await EntraTestHost.StartAsync();

        var (ana, callback) = await host.SignInAsync(EntraTestHost.Ana, signInPath: "/signin?returnUrl=%2F");
        await SignedInWebChatTests.PostAsync(ana, new { userId = "p-hana", text = "practice bank" });
        await SignedInWebChatTests.PostAsync(ana, new { userId = "p-hana", text = "I'm so sorry. I'll order a new card now; it will be here by Thursday, and I'll call you Friday if not." });

        Assert.Equal(HttpStatusCode.Redirect, callback.StatusCode);
        Assert.Equal("/", callback.Headers.Location!.ToString());
        Assert.Contains("Signed in as Ana Alvarez", await ana.GetStringAsync("/"));
        Assert.Equal(1, host.Factory.Count("SELECT COUNT(*) FROM attempts WHERE ChannelId='web' AND UserId='p-ana'"));
        Assert.Equal(0, host.Factory.Count("SELECT COUNT(*) FROM attempts WHERE UserId='p-hana'"));
    }
}

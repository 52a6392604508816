using System.Security.Claims;
using CoachBot.Core.Coaching;
using CoachBot.Core.People;
using CoachBot.Host.Dashboard.SignIn;

namespace CoachBot.Host.Channels.WebChat;

/// <summary>
/// The person signed in on the page with the dashboard's sign-in (local password or Entra ID): the web chat speaks as
/// them, on their web account, whatever user id the page sends.
/// </summary>
internal sealed record SignedInWebUser(string Name, ChatAddress Address)
{
    /// <summary>Null for a visitor, and for a sign-in that must first replace its one-time password.</summary>
    public static async Task<SignedInWebUser?> OfAsync(ClaimsPrincipal user, IPeopleDirectory directory, CancellationToken ct)
    {
        if (await DashboardClaims.ViewerAsync(user, directory, ct) is not { } viewer)
        {
            return null;
        }

        // The built-in admin is nobody in the directory: it practises on an account of its own, "web:admin".
        var id = viewer.PersonId ?? LocalLogin.Admin;
        return new SignedInWebUser(viewer.Name, new ChatAddress(WebAccount.ChannelId, id, id));
    }
}

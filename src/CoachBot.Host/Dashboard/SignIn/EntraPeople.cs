using System.Security.Claims;
using CoachBot.Core.People;

namespace CoachBot.Host.Dashboard.SignIn;

/// <summary>
/// Who a Microsoft Entra ID sign-in is in the directory. The account's tenant and object ids (tid, oid) never change; its
/// e-mail and user name can, and can be given to someone else. So the e-mail is used once, to find the person at their
/// first sign-in, and the ids are stored with them; from then on only the ids match.
/// </summary>
internal sealed class EntraPeople(IPeopleDirectory directory)
{
    private const string TenantIdClaim = "http://schemas.microsoft.com/identity/claims/tenantid";
    private const string ObjectIdClaim = "http://schemas.microsoft.com/identity/claims/objectidentifier";

    /// <returns>The person, or null and the key of the text that says why not (shown to the person in their language).</returns>
    public async Task<(Person? Person, string? Refusal)> MatchAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var tenant = user.FindFirst("tid")?.Value ?? user.FindFirst(TenantIdClaim)?.Value;
        var objectId = user.FindFirst("oid")?.Value ?? user.FindFirst(ObjectIdClaim)?.Value;
        if (string.IsNullOrEmpty(tenant) || string.IsNullOrEmpty(objectId))
        {
            return (null, "dashboard.signin.entra.no-account-ids");
        }

        if (await directory.FindByEntraIdAsync(tenant, objectId, ct) is { } linked)
        {
            return (linked, null);
        }

        var email = user.FindFirst("preferred_username")?.Value ?? user.FindFirst("email")?.Value ?? user.FindFirst(ClaimTypes.Email)?.Value;
        if (email is null || await directory.FindByEmailAsync(email, ct) is not { } person)
        {
            return (null, "dashboard.signin.entra.not-in-directory");
        }

        return await directory.TryLinkEntraIdAsync(person.Id, tenant, objectId, ct)
            ? (person, null)
            : (null, "dashboard.signin.entra.other-account");
    }
}

namespace CoachBot.Core.People;

/// <summary>A chat identity: the channel ("slack", "msteams", "webchat") and that platform's user id.</summary>
public sealed record ChatAccount(string ChannelId, string UserId)
{
    public override string ToString() => $"{ChannelId}:{UserId}";
}

/// <summary>
/// Someone in the directory: their team, who they report to, their role, the chat accounts that are theirs, and optionally
/// their time zone and the language CoachBot speaks with them unless they choose another.
/// </summary>
public sealed record Person(
    string Id,
    string Name,
    string? Email,
    string? Team,
    string? ManagerId,
    Role Role,
    IReadOnlyList<ChatAccount> Accounts,
    string? TimeZone = null,
    string? Language = null);

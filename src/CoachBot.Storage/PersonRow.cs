namespace CoachBot.Storage;

internal sealed class PersonRow
{
    public required string Id { get; set; }
    public required string Name { get; set; }
    public string? Email { get; set; }
    public string? Team { get; set; }
    public string? ManagerId { get; set; }
    public required string Role { get; set; }
    public string? TimeZone { get; set; }
    public string? Language { get; set; }

    /// <summary>The Entra ID tenant and object id (tid, oid) of the first Microsoft sign-in: immutable, unlike the e-mail.</summary>
    public string? EntraTenantId { get; set; }
    public string? EntraObjectId { get; set; }
    public List<PersonAccountRow> Accounts { get; set; } = [];
}

/// <summary>A chat account that belongs to a person: attempts are joined to people through it.</summary>
internal sealed class PersonAccountRow
{
    public required string ChannelId { get; set; }
    public required string UserId { get; set; }
    public required string PersonId { get; set; }
}

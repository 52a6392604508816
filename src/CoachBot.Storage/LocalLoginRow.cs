namespace CoachBot.Storage;

internal sealed class LocalLoginRow
{
    public required string Login { get; set; }
    public required string PasswordHash { get; set; }
    public bool MustChangePassword { get; set; }
    public int FailedAttempts { get; set; }
    public DateTime? LockedUntilUtc { get; set; }
    public DateTime? OneTimeExpiresUtc { get; set; }
    public string SecurityStamp { get; set; } = "";
}

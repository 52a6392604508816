namespace CoachBot.Host.Channels.Delivery;

internal sealed class RedeliveryOptions
{
    public const string SectionName = "Redelivery";

    /// <summary>The wait before the first redelivery; it doubles for each of the next ones.</summary>
    public TimeSpan FirstDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>With the defaults, the last try is about 40 minutes after the reply was first refused.</summary>
    public int Attempts { get; set; } = 8;

    /// <summary>How often the outbox is looked at for replies kept by another instance or before a restart.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long an instance holds a reply it is posting; one that died mid-post lets it go after this.</summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(5);
}

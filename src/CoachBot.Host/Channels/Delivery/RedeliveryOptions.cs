using System.ComponentModel.DataAnnotations;

namespace CoachBot.Host.Channels.Delivery;

internal sealed class RedeliveryOptions
{
    public const string SectionName = "Redelivery";

    /// <summary>The wait before the first redelivery; it doubles for each of the next ones.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00", ErrorMessage = "Redelivery:FirstDelay must be more than 0 and at most a day")]
    public TimeSpan FirstDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>With the defaults, the last try is about 40 minutes after the reply was first refused.</summary>
    [Range(1, 100, ErrorMessage = "Redelivery:Attempts must be between 1 and 100")]
    public int Attempts { get; set; } = 8;

    /// <summary>How often the outbox is looked at for replies kept by another instance or before a restart.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00", ErrorMessage = "Redelivery:PollInterval must be more than 0 and at most an hour")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long an instance holds a reply it is posting; one that died mid-post lets it go after this.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "Redelivery:ClaimLease must be between 1 second and a day")]
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(5);
}

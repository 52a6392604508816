namespace CoachBot.Storage;

internal sealed class AttemptScoreRow
{
    public Guid AttemptId { get; set; }
    public required string StandardId { get; set; }

    /// <summary>0-3, or null when the scenario does not assess the standard.</summary>
    public int? Score { get; set; }

    /// <summary>JSON array of the quotes from the answer that earned the score.</summary>
    public required string EvidenceJson { get; set; }
    public string? Missing { get; set; }
    public string? Tip { get; set; }
}

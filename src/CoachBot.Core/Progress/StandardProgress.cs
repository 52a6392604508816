namespace CoachBot.Core.Progress;

public enum Trend
{
    NotEnoughData,
    Improving,
    Steady,
    Declining,
}

/// <summary>One standard across an employee's attempts (only those that assessed it).</summary>
public sealed record StandardProgress(string StandardId, string StandardName, int Attempts, double? Average, int? Latest, Trend Trend);

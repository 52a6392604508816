namespace CoachBot.Core.Evaluation;

/// <summary>How one scorer agrees with human labels on one standard. Confusion[human, machine].</summary>
public sealed record StandardAgreement(string StandardId, int N, double Qwk, double Exact, double Within1, int[,] Confusion);

namespace CoachBot.Core.Progress;

public sealed record ProgressCard(int Attempts, int ScenariosPractised, IReadOnlyList<StandardProgress> Standards);
